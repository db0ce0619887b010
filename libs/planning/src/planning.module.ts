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

@Module({
  imports: [PartnershipModule, IdentityModule],
  providers: [
    PlanningService,
    PartnershipStrategiesResolver,
    StrategyResolver,
    ObjectiveResolver,
    DeliveryPlanResolver,
    ActionResolver,
    MilestoneResolver,
    DueDateRevisionResolver,
  ],
  exports: [PlanningService],
})
export class PlanningModule {}
