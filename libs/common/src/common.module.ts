import { Global, Module } from '@nestjs/common';
import { PolicyService } from './auth/policy.service';
import { Clock } from './db/clock';

@Global()
@Module({
  providers: [PolicyService, Clock],
  exports: [PolicyService, Clock],
})
export class CommonModule {}
