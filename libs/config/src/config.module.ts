import { DynamicModule, Global, Module } from '@nestjs/common';
import { Settings } from './settings';

/**
 * Provides the settings read at start (`readSettings`) to every module as `Settings`. Global, and
 * given the object rather than reading the environment itself, so an app (or a test) decides once.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: Settings, useValue: Object.freeze({ ...settings }) }],
      exports: [Settings],
    };
  }
}
