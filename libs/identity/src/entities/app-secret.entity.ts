import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Secrets generated once per database (the token signing key when `JWT_SECRET` is unset), so every
 * API instance over the same database signs and verifies alike without shared configuration.
 */
@Entity('app_secret')
export class AppSecretEntity {
  @PrimaryColumn('text')
  name: string;

  @Column('text')
  value: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
