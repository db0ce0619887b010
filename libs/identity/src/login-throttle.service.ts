import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, TooManyRequestsError } from '@app/common';
import { LoginFailureEntity } from './entities/login-failure.entity';

/** Failed sign-ins allowed per window before further attempts are refused (read at start). */
export function loginLimits(env: NodeJS.ProcessEnv = process.env) {
  return {
    windowSeconds: Number(env.LOGIN_WINDOW_SECONDS ?? 15 * 60),
    perAccount: Number(env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 10),
    perAddress: Number(env.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 50),
  };
}

/**
 * Throttles password guessing: after too many failures for one e-mail, or from one address, within
 * the window, login answers TOO_MANY_REQUESTS (before checking the password) until the window passes.
 */
@Injectable()
export class LoginThrottleService {
  private readonly limits = loginLimits();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const since = new Date(this.clock.now().getTime() - this.limits.windowSeconds * 1000);
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE email_key = $1)::int AS account,
              count(*) FILTER (WHERE address = $2)::int AS address
         FROM login_failure
        WHERE at > $3 AND (email_key = $1 OR address = $2)`,
      [email.trim().toLowerCase(), address, since],
    );
    if (row.account >= this.limits.perAccount || row.address >= this.limits.perAddress) {
      throw new TooManyRequestsError(this.limits.windowSeconds);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await this.db.manager.insert(LoginFailureEntity, { emailKey: email.trim().toLowerCase().slice(0, 320), address, at: this.clock.now() });
    // Old rows are useless; trim them now and then rather than on every failure.
    if (Math.random() < 0.05) {
      await this.db.query(`DELETE FROM login_failure WHERE at < $1`, [new Date(this.clock.now().getTime() - 86_400_000)]);
    }
  }
}
