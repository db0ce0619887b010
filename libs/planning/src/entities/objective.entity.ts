import { PartnershipEntity } from '@app/partnership';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Pillar, PILLARS, sqlIn } from '@app/domain';
import { StrategyEntity } from './strategy.entity';

@Entity('objective')
@Check('objective_pillar_valid', sqlIn('pillar', PILLARS))
@Unique('objective_strategy_code_key', ['strategyId', 'code'])
export class ObjectiveEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @Column('uuid')
  strategyId: string;

  @ManyToOne(() => StrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: StrategyEntity;

  @Column('text')
  pillar: Pillar;

  @Column('text')
  code: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('int')
  position: number;

  /** The day it was retired from the strategy, or null. */
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
