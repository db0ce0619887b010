import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('partnership')
@Check('partnership_stale_after_days_range', '"stale_after_days" BETWEEN 1 AND 3650')
@Check('partnership_due_soon_days_range', '"due_soon_days" BETWEEN 0 AND 3650')
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { unique: true })
  slug: string;

  @Column('text', { default: 'Europe/London' })
  timezone: string;

  @Column('int', { default: 30 })
  staleAfterDays: number;

  @Column('int', { default: 30 })
  dueSoonDays: number;

  /** Increases with every edit; an edit given an older one is refused (CONFLICT). */
  @Column('int', { default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
