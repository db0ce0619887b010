import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnershipEntity } from './partnership.entity';

export enum AgencyKind {
  COUNCIL = 'COUNCIL',
  POLICE = 'POLICE',
  HEALTH = 'HEALTH',
  FIRE = 'FIRE',
  PROBATION = 'PROBATION',
  EDUCATION = 'EDUCATION',
  VOLUNTARY = 'VOLUNTARY',
  BUSINESS = 'BUSINESS',
  OTHER = 'OTHER',
}

/**
 * An organisation. It can sit on several partnerships, but belongs to the one that made it
 * (`ownerPartnershipId`): others see it only when an admin shares it or they add it by its exact
 * name. Ownerless agencies are the platform's (an admin's), shared.
 */
@Entity('agency')
@Check('agency_kind_valid', `"kind" IN ('COUNCIL','POLICE','HEALTH','FIRE','PROBATION','EDUCATION','VOLUNTARY','BUSINESS','OTHER')`)
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
