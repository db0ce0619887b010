import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AgencyEntity } from '@app/partnership';

/** A person who signs in. Email uniqueness is case-insensitive (a unique index on lower(email), in the migration). */
@Entity('user_account')
@Index('user_account_email_lower_key', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  name: string;

  @Column('text', { select: false })
  passwordHash: string;

  @Index()
  @Column('uuid', { nullable: true })
  agencyId: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity | null;

  @Column('boolean', { default: false })
  isAdmin: boolean;

  /** Set by `deactivateUser`: the account can no longer sign in, and its tokens stop working. */
  @Column('timestamptz', { nullable: true })
  deactivatedAt: Date | null;

  /** Set by `changePassword`: tokens issued before it stop working (docs/security.md). */
  @Column('timestamptz', { nullable: true, select: false })
  passwordChangedAt?: Date | null;

  /** The token id (`jti`) of the session that changed the password: it keeps working. */
  @Column('text', { nullable: true, select: false })
  passwordKeptSession?: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
