import { DynamicModule, Module } from '@nestjs/common';
import { Settings } from '@app/config';
import { CoreModule } from '@app/core';
import { RoundsMailService } from './rounds-mail.service';

/**
 * The worker: the core the API imports too (settings, database, clock, logging, audit, the feature
 * services), no HTTP, and the rounds' mail. Migrations are the API's to run.
 */
@Module({})
export class WorkerModule {
  static forRoot(settings: Settings, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot(settings, { databaseUrl, migrationsRun: false, poolSize: Math.min(4, settings.databasePoolSize) })],
      providers: [RoundsMailService],
      exports: [RoundsMailService],
    };
  }
}
