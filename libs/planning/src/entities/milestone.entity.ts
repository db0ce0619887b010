import { PartnershipEntity } from '@app/partnership';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActionEntity } from './action.entity';

@Entity('milestone')
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
