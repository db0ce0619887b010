import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { PartnershipModule } from '@app/partnership';
import {
  ActionResolver,
  DeliveryPlanResolver,
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
  ],
  exports: [PlanningService],
})
export class PlanningModule {}
