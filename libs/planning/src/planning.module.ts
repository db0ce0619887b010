import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { PartnershipModule } from '@app/partnership';
import {
  ActionResolver,
  DeliveryPlanResolver,
  DueDateRevisionResolver,
  MilestoneResolver,
  ObjectiveResolver,
  PartnershipStrategiesResolver,
  StrategyResolver,
} from './planning.resolver';
import { PlanningService } from './planning.service';
import { PlanningWriteService } from './planning-write.service';

@Module({
  imports: [PartnershipModule, IdentityModule],
  providers: [
    PlanningService,
    PlanningWriteService,
    PartnershipStrategiesResolver,
    StrategyResolver,
    ObjectiveResolver,
    DeliveryPlanResolver,
    ActionResolver,
    MilestoneResolver,
    DueDateRevisionResolver,
  ],
  exports: [PlanningService, PlanningWriteService],
})
export class PlanningModule {}
