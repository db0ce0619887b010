import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditCoreModule } from '@app/audit';
import { CommonModule } from '@app/common';
import { dataSourceOptions } from '@app/db';
import { RoundsModule } from '@app/rounds';
import { RoundsMailService } from './rounds-mail.service';

/**
 * The worker: no HTTP, the API's own feature modules (rounds, and through it progress, planning,
 * partnerships) over the same database and clock. Migrations are the API's to run.
 */
@Module({})
export class WorkerModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CommonModule, AuditCoreModule, TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl, { poolSize: 4 }), migrationsRun: false }), RoundsModule],
      providers: [RoundsMailService],
      exports: [RoundsMailService],
    };
  }
}
