import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity, PartnershipEntity } from '@app/partnership';
import { ActionEntity } from './action.entity';

@Entity('action_supporting_agency')
@Index(['agencyId'])
export class ActionSupportingAgencyEntity {
  @PrimaryColumn('uuid')
  actionId: string;

  @PrimaryColumn('uuid')
  agencyId: string;

  @Index()
  @Column('uuid')
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: PartnershipEntity;

  @ManyToOne(() => ActionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: ActionEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;
}
