import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address an account signed in from successfully: exempt from the account-wide backstop, so
 * guesses from elsewhere cannot lock the real user out of the places they use (docs/security.md).
 */
@Entity('login_known_address')
export class KnownLoginAddressEntity {
  @PrimaryColumn('text')
  emailKey: string;

  @PrimaryColumn('text')
  address: string;

  @Column('timestamptz')
  lastSuccessAt: Date;
}
