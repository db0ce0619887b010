import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AGENCY_KINDS, AgencyKind, sqlIn } from '@app/domain';
import { PartnershipEntity } from './partnership.entity';

/**
 * An organisation. It can sit on several partnerships, but belongs to the one that made it
 * (`ownerPartnershipId`): others see it only when an admin shares it or they add it by its exact
 * name. Ownerless agencies are the platform's (an admin's), shared.
 */
@Entity('agency')
@Check('agency_kind_valid', sqlIn('kind', AGENCY_KINDS))
@Index('agency_name_key', { synchronize: false })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: AgencyKind;

  @Column('uuid', { nullable: true })
  @Index()
  ownerPartnershipId: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_partnership_id' })
  ownerPartnership?: PartnershipEntity;

  /** Visible to every coordinator on the platform (set by an admin). */
  @Column('boolean', { default: false })
  shared: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
