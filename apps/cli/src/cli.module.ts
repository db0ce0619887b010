import { DynamicModule, Module } from '@nestjs/common';
import { Settings } from '@app/config';
import { CoreModule } from '@app/core';

/** The command line: the core alone (no HTTP, no queue), migrations left to the API, logs on stderr. */
@Module({})
export class CliModule {
  static forRoot(settings: Settings, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [CoreModule.forRoot(settings, { databaseUrl, migrationsRun: false, poolSize: 2, logTo: 2 })],
    };
  }
}
