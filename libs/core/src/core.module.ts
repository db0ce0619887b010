import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditCoreModule } from '@app/audit';
import { AuditLogModule } from '@app/audit-log';
import { BoardPackModule } from '@app/board-pack';
import { BoardReportModule } from '@app/board-report';
import { CommonModule } from '@app/common';
import { ConfigModule, Settings } from '@app/config';
import { dataSourceOptions } from '@app/db';
import { IdentityModule } from '@app/identity';
import { PartnershipModule } from '@app/partnership';
import { PlanImportModule } from '@app/plan-import';
import { PlanningModule } from '@app/planning';
import { ProgressModule } from '@app/progress';
import { RoundsModule } from '@app/rounds';
import { AppLogger, rootLogger } from './logging';

/** The feature modules: their services, and the resolvers and controllers only an HTTP edge mounts. */
export const FEATURE_MODULES = [
  PartnershipModule,
  IdentityModule,
  PlanningModule,
  ProgressModule,
  BoardReportModule,
  AuditLogModule,
  PlanImportModule,
  BoardPackModule,
  RoundsModule,
];

export interface CoreOptions {
  /** The database to use: DATABASE_URL, or the embedded one the API started. */
  databaseUrl: string;
  /** Run pending migrations at start: the API does; the worker and commands use a database it migrated. */
  migrationsRun: boolean;
  /** Connections of this process's pool; DATABASE_POOL_SIZE when not given. */
  poolSize?: number;
  /** Where the JSON logs go: stdout (1), or stderr (2) for a command whose stdout is its answer. */
  logTo?: 1 | 2;
}

/**
 * The core every app imports, as Immich's ApiModule and MicroservicesModule share theirs: the
 * settings (`Settings`), the database (TypeORM, entities, migrations), the clock and the
 * permission policy, logging (`AppLogger`), the audit trail and the feature modules with their
 * services. It has no HTTP: the API's AppModule adds GraphQL, the guard, the controllers and the
 * web app; the worker and the command line (apps/cli) boot it in an application context.
 */
@Module({})
export class CoreModule {
  static forRoot(settings: Settings, options: CoreOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(settings),
        CommonModule,
        AuditCoreModule,
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.databaseUrl, { poolSize: options.poolSize ?? settings.databasePoolSize }),
          migrationsRun: options.migrationsRun,
        }),
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: AppLogger, useFactory: () => new AppLogger(rootLogger(settings.logLevel, options.logTo ?? 1)) }],
      exports: [AppLogger, ...FEATURE_MODULES],
    };
  }
}
