import { Global, Module } from '@nestjs/common';
import { PolicyService } from './auth/policy.service';
import { Clock } from './db/clock';
import { TransactionContext } from './db/transaction-context';

@Global()
@Module({
  providers: [PolicyService, Clock, TransactionContext],
  exports: [PolicyService, Clock, TransactionContext],
})
export class CommonModule {}
