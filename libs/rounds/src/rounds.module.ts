import { Module } from '@nestjs/common';
import { PartnershipModule } from '@app/partnership';
import { PlanningModule } from '@app/planning';
import { ProgressModule } from '@app/progress';
import { ReturnsReadService } from './returns-read.service';
import { ROUNDS_RESOLVERS } from './rounds.resolver';
import { RoundsService } from './rounds.service';

/** Reporting rounds (issue 16): the API's part. The worker (apps/worker) imports it too, for the same services. */
@Module({
  imports: [PlanningModule, PartnershipModule, ProgressModule],
  providers: [RoundsService, ReturnsReadService, ...ROUNDS_RESOLVERS],
  exports: [RoundsService, ReturnsReadService],
})
export class RoundsModule {}
