import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, TooManyRequestsError } from '@app/common';
import { LoginLimits, Settings } from '@app/config';

export type LoginScope = 'pair' | 'address' | 'account';

/** Attempts reserved for one password check: handed back by `succeeded`, kept by a failure. */
export interface LoginReservation {
  emailKey: string;
  address: string;
  counters: { scope: LoginScope; key: string; windowStart: Date }[];
}

/**
 * Reserves one attempt on a counter, atomically: a row per (scope, key) holding the attempts of its
 * current fixed window, restarted once the window has passed. The row lock taken by the upsert
 * makes concurrent reservations of one key queue, so no two can both see "under the limit".
 * $1 scope, $2 key, $3 now, $4 window seconds.
 */
const RESERVE_SQL = `
  INSERT INTO login_attempt AS c (scope, key, window_start, attempts)
  VALUES ($1, $2, $3, 1)
  ON CONFLICT (scope, key) DO UPDATE
     SET attempts = CASE WHEN c.window_start <= $3::timestamptz - make_interval(secs => $4) THEN 1 ELSE c.attempts + 1 END,
         window_start = CASE WHEN c.window_start <= $3::timestamptz - make_interval(secs => $4) THEN $3::timestamptz ELSE c.window_start END
  RETURNING attempts, window_start`;

/**
 * Hands back reserved attempts after a successful sign-in ($1 scopes, $2 keys, $3 window starts):
 * one attempt each, or the whole pair counter (the person at that address knows the password).
 * Counters restarted since are left alone; counters at zero are deleted, so a sign-in leaves no rows.
 */
const RELEASE_SQL = `
  WITH r AS (SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS r(scope, key, window_start)),
  gone AS (
    DELETE FROM login_attempt c USING r
     WHERE c.scope = r.scope AND c.key = r.key AND c.window_start = r.window_start AND (c.attempts <= 1 OR c.scope = 'pair')
  )
  UPDATE login_attempt c SET attempts = c.attempts - 1
    FROM r
   WHERE c.scope = r.scope AND c.key = r.key AND c.window_start = r.window_start AND c.attempts > 1 AND c.scope <> 'pair'`;

/**
 * Throttles password guessing (docs/security.md). Every password check first reserves an attempt,
 * atomically, on three counters: the account from this address (10 per 15 minutes by default), the
 * address whatever the account (50), and the account from addresses it has not signed in from
 * (the backstop: 100 per hour). Over any limit the check does not happen: TOO_MANY_REQUESTS, the
 * same answer whatever the password. So at most the limit of checks run per window however many
 * guesses arrive at once, and guesses from elsewhere cannot lock the real user out: they fill
 * their own address's counters, and the backstop does not apply where the user has signed in before.
 */
@Injectable()
export class LoginThrottleService {
  /** The sign-in limits (README "Settings", docs/security.md). */
  private readonly limits: LoginLimits;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    settings: Settings,
  ) {
    this.limits = settings.loginLimits;
  }

  /** Reserves one password check for `email` from `address`, or refuses with TOO_MANY_REQUESTS (nothing reserved). */
  async reserve(email: string, address: string): Promise<LoginReservation> {
    const emailKey = email.trim().toLowerCase().slice(0, 320);
    const now = this.clock.now();
    const limits = this.limits;
    return this.db.transaction(async (em) => {
      const known = await em.query<unknown[]>(`SELECT 1 FROM login_known_address WHERE email_key = $1 AND address = $2 AND last_success_at > $3`, [
        emailKey,
        address,
        new Date(now.getTime() - limits.knownAddressDays * 86_400_000),
      ]);
      // Always in this order (pair, address, account): two sign-ins never wait on each other's locks in a cycle.
      const wanted: [LoginScope, string, number, number][] = [
        ['pair', `${emailKey} ${address}`, limits.perAccountAddress, limits.windowSeconds],
        ['address', address, limits.perAddress, limits.windowSeconds],
      ];
      if (known.length === 0) wanted.push(['account', emailKey, limits.perAccount, limits.accountWindowSeconds]);
      const counters: LoginReservation['counters'] = [];
      for (const [scope, key, limit, windowSeconds] of wanted) {
        const windowStart = await this.reserveOne(em, scope, key, now, windowSeconds);
        if (windowStart.attempts > limit) {
          // Thrown inside the transaction: every reservation of this attempt is rolled back.
          const retryAfter = Math.max(1, Math.ceil((windowStart.at.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
          throw new TooManyRequestsError(retryAfter);
        }
        counters.push({ scope, key, windowStart: windowStart.at });
      }
      return { emailKey, address, counters };
    });
  }

  /** After a right password: hands the reservation back and remembers the address as one the account uses. */
  async succeeded(reservation: LoginReservation): Promise<void> {
    const { counters } = reservation;
    await this.db.query(RELEASE_SQL, [counters.map((c) => c.scope), counters.map((c) => c.key), counters.map((c) => c.windowStart)]);
    await this.db.query(
      `INSERT INTO login_known_address (email_key, address, last_success_at) VALUES ($1, $2, $3)
       ON CONFLICT (email_key, address) DO UPDATE SET last_success_at = excluded.last_success_at`,
      [reservation.emailKey, reservation.address, this.clock.now()],
    );
    // Old rows are useless; trim them now and then rather than on every sign-in.
    if (Math.random() < 0.05) await this.trim();
  }

  private async reserveOne(em: EntityManager, scope: LoginScope, key: string, now: Date, windowSeconds: number) {
    const [row]: { attempts: number; window_start: Date }[] = await em.query(RESERVE_SQL, [scope, key, now, windowSeconds]);
    return { attempts: Number(row.attempts), at: new Date(row.window_start) };
  }

  private async trim(): Promise<void> {
    const now = this.clock.now().getTime();
    const longest = Math.max(this.limits.windowSeconds, this.limits.accountWindowSeconds) * 1000;
    await this.db.query(`DELETE FROM login_attempt WHERE window_start < $1`, [new Date(now - longest)]);
    await this.db.query(`DELETE FROM login_known_address WHERE last_success_at < $1`, [new Date(now - this.limits.knownAddressDays * 86_400_000)]);
  }
}
