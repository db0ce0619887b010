import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per mutation, written in the mutation's own transaction; append-only (a trigger refuses
 * UPDATE and DELETE). `seq` orders the trail and backs its cursor.
 */
@Entity('audit_event')
@Index('audit_event_partnership_seq_idx', { synchronize: false })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', unique: true })
  seq: string;

  /** Null for platform-level changes (an agency, a user without a partnership). */
  @Column('uuid', { nullable: true })
  partnershipId: string | null;

  @Column('timestamptz', { default: () => 'clock_timestamp()' })
  at: Date;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column('text')
  operation: string;

  @Column('text')
  entityType: string;

  @Column('text')
  entityId: string;

  @Column('jsonb', { nullable: true })
  before: unknown;

  @Column('jsonb', { nullable: true })
  after: unknown;
}
