import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AgencyEntity, PartnershipEntity } from '@app/partnership';
import { UserEntity } from '@app/identity';
import { DeliveryPlanEntity } from './delivery-plan.entity';
import { ACTION_STATUSES, ActionStatus, sqlIn } from '@app/domain';
import { ObjectiveEntity } from './objective.entity';

/**
 * An action of a delivery plan. `status`, `percentComplete` and `lastReportedOn` are a projection of
 * its latest progress update (maintained by the progress feature, never edited directly);
 * `version` guards coordinators' edits against lost updates.
 */
@Entity('action')
@Check('action_status_valid', sqlIn('status', ACTION_STATUSES))
@Unique('action_plan_ref_key', ['deliveryPlanId', 'ref'])
@Check('action_dates_order', '"start_date" IS NULL OR "due_date" >= "start_date"')
@Check('action_percent_range', '"percent_complete" BETWEEN 0 AND 100')
@Check('action_removed_after_entry', '"removed_on" IS NULL OR "removed_on" >= "in_plan_since"')
@Index(['deliveryPlanId', 'dueDate'])
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Column('uuid')
  deliveryPlanId: string;

  @ManyToOne(() => DeliveryPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_plan_id' })
  deliveryPlan?: DeliveryPlanEntity;

  @Index()
  @Column('uuid')
  objectiveId: string;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_id' })
  objective?: ObjectiveEntity;

  @Column('text')
  ref: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { nullable: true })
  successMeasure: string | null;

  @Index()
  @Column('uuid')
  leadAgencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_agency_id' })
  leadAgency?: AgencyEntity;

  @Index()
  @Column('uuid', { nullable: true })
  leadOfficerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'lead_officer_id' })
  leadOfficer?: UserEntity | null;

  @Column('date', { nullable: true })
  startDate: string | null;

  @Column('date')
  dueDate: string;

  @Column('text', { default: ActionStatus.NOT_STARTED })
  status: ActionStatus;

  @Column('int', { default: 0 })
  percentComplete: number;

  @Column('date', { nullable: true })
  lastReportedOn: string | null;

  /** The day it entered the plan (docs/rules.md "The plan as of a date"); its history starts there. */
  @Column('date')
  inPlanSince: string;

  /** The day it was taken out of the plan (entered by mistake), or null; reports from that day on leave it out. */
  @Column('date', { nullable: true })
  removedOn: string | null;

  @Column('text', { nullable: true })
  removalReason: string | null;

  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
