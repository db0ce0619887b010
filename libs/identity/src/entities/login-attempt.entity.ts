import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A sign-in counter: attempts reserved in the current window for one key of one scope (an
 * account and address pair, an address, an account). Reserved before the password is checked and
 * handed back after a success, so it counts failures and checks in flight. In the database rather
 * than in memory so the limit holds across API instances. See docs/security.md.
 */
@Entity('login_attempt')
export class LoginAttemptEntity {
  /** `pair`, `address` or `account`. */
  @PrimaryColumn('text')
  scope: string;

  /** lower(email) as typed (whether or not such an account exists), an address, or both joined. */
  @PrimaryColumn('text')
  key: string;

  @Column('timestamptz')
  windowStart: Date;

  @Column('integer')
  attempts: number;
}
