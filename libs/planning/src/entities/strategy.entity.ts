import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PartnershipEntity } from '@app/partnership';
import { sqlIn, STRATEGY_STATUSES, StrategyStatus } from '@app/domain';

@Entity('strategy')
@Check('strategy_status_valid', sqlIn('status', STRATEGY_STATUSES))
@Check('strategy_period_order', '"end_date" >= "start_date"')
export class StrategyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Column('text')
  title: string;

  @Column('date')
  startDate: string;

  @Column('date')
  endDate: string;

  @Column('text', { default: StrategyStatus.DRAFT })
  status: StrategyStatus;

  /** Increases with every edit; an edit given an older one is refused (CONFLICT). */
  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
