import { types } from 'pg';
import { DataSourceOptions } from 'typeorm';
import { AuditEventEntity } from '@app/audit';
import { AppSecretEntity, KnownLoginAddressEntity, LoginAttemptEntity, MembershipEntity, UserEntity, UserInvitationEntity } from '@app/identity';
import { AgencyEntity, PartnershipAgencyEntity, PartnershipEntity } from '@app/partnership';
import { ActionEntity, ActionSupportingAgencyEntity, DeliveryPlanEntity, MilestoneEntity, ObjectiveEntity, StrategyEntity } from '@app/planning';
import { ProgressUpdateEntity } from '@app/progress';
import { BoardMeetingEntity } from '@app/board-report';
import { CountingSqlLogger } from '@app/common';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Calendar dates stay 'YYYY-MM-DD' strings: node-postgres would otherwise turn them into JS Dates at
// local midnight, which shifts them by a day in some timezones.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);
// bigint (seq columns) as string, the driver's default, is kept; counts are cast to int in SQL.

export const ENTITIES = [
  PartnershipEntity,
  AgencyEntity,
  PartnershipAgencyEntity,
  UserEntity,
  MembershipEntity,
  AppSecretEntity,
  LoginAttemptEntity,
  KnownLoginAddressEntity,
  UserInvitationEntity,
  StrategyEntity,
  ObjectiveEntity,
  DeliveryPlanEntity,
  ActionEntity,
  ActionSupportingAgencyEntity,
  MilestoneEntity,
  ProgressUpdateEntity,
  AuditEventEntity,
  BoardMeetingEntity,
];

/**
 * TypeORM options for a PostgreSQL URL: our entities and migrations, never `synchronize`. The pool
 * holds `poolSize` connections (DATABASE_POOL_SIZE through the core module; 10 when not given).
 */
export function dataSourceOptions(url: string, overrides: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built in since PostgreSQL 13: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query'],
    logger: new CountingSqlLogger(),
    extra: {
      max: overrides.poolSize ?? 10,
      application_name: 'partnership-delivery-tracker',
    },
  };
}
