import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { PartnershipModule } from '@app/partnership';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

@Module({
  imports: [PartnershipModule, IdentityModule],
  providers: [AuditLogService, AuditLogResolver],
})
export class AuditLogModule {}
