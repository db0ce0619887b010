import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed sign-in, kept briefly to throttle guessing per account and per address. In the database
 * rather than in memory so the limit holds across API instances.
 */
@Entity('login_failure')
@Index(['emailKey', 'at'])
@Index(['address', 'at'])
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** lower(email) as typed, whether or not such an account exists. */
  @Column('text')
  emailKey: string;

  @Column('text')
  address: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
