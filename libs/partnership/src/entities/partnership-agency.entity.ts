import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from './agency.entity';
import { PartnershipEntity } from './partnership.entity';

/** An agency sitting on a partnership: only these can lead or support its actions. */
@Entity('partnership_agency')
@Index(['agencyId'])
export class PartnershipAgencyEntity {
  @PrimaryColumn('uuid')
  partnershipId: string;

  @PrimaryColumn('uuid')
  agencyId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
