import { PartnershipEntity, AgencyEntity } from '@app/partnership';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@app/identity';
import { ActionEntity } from '@app/planning';
import { ACTION_STATUSES, ActionStatus, ReportableRagName, REPORTABLE_RAGS, sqlIn, sqlValue, TEXT_MAX } from '@app/domain';

/**
 * Append-only (a trigger in the migration refuses UPDATE and DELETE). `seq` records creation order,
 * so "the later created" breaks ties on the same `reportedOn` even within one transaction.
 */
@Entity('progress_update')
@Check('progress_update_status_valid', sqlIn('status', ACTION_STATUSES))
@Check('progress_update_rag_valid', `"rag" IS NULL OR ${sqlIn('rag', REPORTABLE_RAGS)}`)
@Index('progress_update_action_latest_idx', { synchronize: false })
@Index('progress_update_action_recorded_idx', { synchronize: false })
@Check('progress_update_percent_range', '"percent_complete" BETWEEN 0 AND 100')
@Check('progress_update_completed_is_100', `"status" <> ${sqlValue(ActionStatus.COMPLETED)} OR "percent_complete" = 100`)
@Check('progress_update_narrative_length', `char_length("narrative") BETWEEN 1 AND ${TEXT_MAX}`)
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', unique: true })
  seq: string;

  @Index()
  @Column('uuid')
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Column('uuid')
  actionId: string;

  @ManyToOne(() => ActionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_id' })
  action?: ActionEntity;

  @Index()
  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Index()
  @Column('uuid', { nullable: true })
  agencyId: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity | null;

  @Column('date')
  reportedOn: string;

  @Column('text')
  narrative: string;

  @Column('int')
  percentComplete: number;

  @Column('text')
  status: ActionStatus;

  @Column('text', { nullable: true })
  rag: ReportableRagName | null;

  /** A return that confirms "no change" (issue 16): shown as such, its narrative a fixed text. */
  @Column('boolean', { default: false })
  noChange: boolean;

  /** The day the return was recorded, in the partnership's timezone: compliance with rounds is judged on it. */
  /** Set by the server; a writer that leaves it out gets today in the partnership's timezone (a trigger). */
  @Column('date')
  recordedOn: string;

  @Column('timestamptz', { default: () => 'clock_timestamp()' })
  createdAt: Date;
}
