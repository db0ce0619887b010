import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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

/** An organisation; not tenant-scoped, since one agency can sit on several partnerships. */
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
