import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { PartnershipModule } from '@app/partnership';
import { PlanningModule } from '@app/planning';
import { ActionStateService } from './action-state.service';
import { ProgressService } from './progress.service';
import { PROGRESS_RESOLVERS } from './progress.resolvers';

@Module({
  imports: [PlanningModule, PartnershipModule, IdentityModule],
  providers: [ActionStateService, ProgressService, ...PROGRESS_RESOLVERS],
  exports: [ActionStateService, ProgressService],
})
export class ProgressModule {}
