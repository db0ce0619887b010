import { PartnershipEntity } from '@app/partnership';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActionEntity } from './action.entity';

@Entity('milestone')
@Check('milestone_removed_after_entry', '"removed_on" IS NULL OR "removed_on" >= "in_plan_since"')
@Index(['actionId', 'position'])
// (action_id, due_date) INCLUDE (completed_on), for "overdue as of D": see the ReportIndexes migration.
@Index('milestone_action_due_idx', { synchronize: false })
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Column('uuid')
  actionId: string;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: ActionEntity;

  @Column('text')
  title: string;

  @Column('date')
  dueDate: string;

  @Column('date', { nullable: true })
  completedOn: string | null;

  @Column('int')
  position: number;

  /** The day it entered the plan; its history starts there. */
  @Column('date')
  inPlanSince: string;

  /** The day it was taken out of the plan, or null. */
  @Column('date', { nullable: true })
  removedOn: string | null;

  /** Increases with every edit; an edit given an older one is refused (CONFLICT). */
  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
