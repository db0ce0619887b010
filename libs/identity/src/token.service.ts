import { createSecretKey, KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Settings } from '@app/config';
import { AppSecretEntity } from './entities/app-secret.entity';

const SIGNING_SECRET = 'jwt-signing-key';

export interface TokenClaims {
  sub: string;
  /** Issued at (seconds), set by jsonwebtoken. */
  iat?: number;
  /** Issued at in milliseconds: `iat` is too coarse to tell a token from a password change in the same second. */
  ims?: number;
  /** The session's id, so a password change can keep the session that made it. */
  jti?: string;
}

/** What a valid token says: whose it is, when it was issued, which session. */
export interface VerifiedToken {
  userId: string;
  /** Seconds since the epoch, with milliseconds. */
  issuedAt: number;
  sessionId: string | null;
}

/**
 * Signs and verifies session tokens (HS256 JWTs, `TOKEN_TTL_SECONDS`, default 12 h). The key is
 * `JWT_SECRET`, or else one generated once and kept in the database, so every instance over the
 * same database agrees without extra configuration.
 */
@Injectable()
export class TokenService implements OnModuleInit {
  private secret = '';
  /**
   * The secret as a KeyObject, made once. Given a string, jsonwebtoken first tries to read it as a
   * public key (which throws) and then wraps it, on every request: a measurable share of a small
   * request's CPU (docs/performance.md).
   */
  private key: KeyObject;
  readonly ttlSeconds: number;

  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: Settings,
  ) {
    this.ttlSeconds = settings.tokenTtlSeconds;
  }

  async onModuleInit(): Promise<void> {
    if (this.settings.jwtSecret) {
      this.setSecret(this.settings.jwtSecret);
      return;
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(AppSecretEntity)
      .values({ name: SIGNING_SECRET, value: randomBytes(48).toString('base64url') })
      .orIgnore()
      .execute();
    const row = await this.db.manager.findOneByOrFail(AppSecretEntity, { name: SIGNING_SECRET });
    this.setSecret(row.value);
  }

  private setSecret(secret: string): void {
    this.secret = secret;
    this.key = createSecretKey(Buffer.from(secret));
  }

  sign(userId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: userId, ims: Date.now() } satisfies TokenClaims, {
      secret: this.secret,
      expiresIn: this.ttlSeconds,
      algorithm: 'HS256',
      jwtid: randomUUID(),
    });
    return { token, expiresAt: new Date(Date.now() + this.ttlSeconds * 1000) };
  }

  /** The user id, or null for a token that is malformed, forged or expired. */
  verify(token: string): string | null {
    return this.verifyClaims(token)?.userId ?? null;
  }

  /** Whose token it is, when it was issued and its session, or null for a malformed, forged or expired one. */
  verifyClaims(token: string): VerifiedToken | null {
    try {
      // @nestjs/jwt types `secret` as string | Buffer, but hands it to jsonwebtoken, which takes a KeyObject.
      const claims = this.jwt.verify<TokenClaims>(token, { secret: this.key as unknown as Buffer, algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string') return null;
      const issuedAt = typeof claims.ims === 'number' ? claims.ims / 1000 : typeof claims.iat === 'number' ? claims.iat : 0;
      return { userId: claims.sub, issuedAt, sessionId: typeof claims.jti === 'string' ? claims.jti : null };
    } catch {
      return null;
    }
  }
}
