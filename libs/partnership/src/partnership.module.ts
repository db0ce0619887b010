import { Module } from '@nestjs/common';
import { AgencyResolver, PartnershipResolver } from './partnership.resolver';
import { PartnershipService } from './partnership.service';

@Module({
  providers: [PartnershipService, PartnershipResolver, AgencyResolver],
  exports: [PartnershipService],
})
export class PartnershipModule {}
