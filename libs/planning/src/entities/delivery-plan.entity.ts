import { PartnershipEntity } from '@app/partnership';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { StrategyEntity } from './strategy.entity';

@Entity('delivery_plan')
@Check('delivery_plan_period_order', '"end_date" >= "start_date"')
export class DeliveryPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Index()
  @Column('uuid')
  strategyId: string;

  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: StrategyEntity;

  @Column('text')
  title: string;

  @Column('date')
  startDate: string;

  @Column('date')
  endDate: string;

  /** Increases with every edit; an edit given an older one is refused (CONFLICT). */
  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
