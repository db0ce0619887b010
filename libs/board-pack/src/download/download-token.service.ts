import { createHmac, randomBytes } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Settings } from '@app/config';
import { isCalendarDate } from '@app/calendar';
import { AppSecretEntity } from '@app/identity';
import { BOARD_PACK_FORMAT_NAMES, BoardPackFormatName } from '../export/board-pack.data';

/** The one thing a download token can be used for; a session token never carries it. */
export const BOARD_PACK_PURPOSE = 'board-pack-download';

/** How long a signed board pack link works. */
export const DOWNLOAD_TTL_SECONDS = 10 * 60;

const SECRET_NAME = 'download-signing-key';

/** What a signed link allows: this user, this plan, this format, these dates; nothing else. */
export interface BoardPackGrant {
  userId: string;
  planId: string;
  format: BoardPackFormatName;
  asOf: string | null;
  since: string | null;
  /** A published pack (its frozen file) rather than a pack rendered for the dates. */
  packId?: string | null;
}

interface Claims {
  sub: string;
  purpose: string;
  plan: string;
  fmt: string;
  asOf: string | null;
  since: string | null;
  pack?: string;
}

/**
 * Signs and checks the short-lived links of `boardPackUrl`, so a browser can download a pack
 * without an Authorization header. They are HS256 JWTs with a `purpose` claim, signed with a key of
 * their own (derived from `JWT_SECRET`, or generated once and kept in the database like the session
 * key), so a download link can never pass as a session token nor a session token as a link. The
 * link pins every parameter, and the user's access is checked again when it is used.
 */
@Injectable()
export class DownloadTokenService implements OnModuleInit {
  private secret = '';

  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: Settings,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.settings.jwtSecret) {
      this.secret = createHmac('sha256', this.settings.jwtSecret).update(BOARD_PACK_PURPOSE).digest('base64url');
      return;
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(AppSecretEntity)
      .values({ name: SECRET_NAME, value: randomBytes(48).toString('base64url') })
      .orIgnore()
      .execute();
    this.secret = (await this.db.manager.findOneByOrFail(AppSecretEntity, { name: SECRET_NAME })).value;
  }

  sign(grant: BoardPackGrant): { token: string; expiresAt: Date } {
    const claims: Claims = {
      sub: grant.userId,
      purpose: BOARD_PACK_PURPOSE,
      plan: grant.planId,
      fmt: grant.format,
      asOf: grant.asOf,
      since: grant.since,
      ...(grant.packId ? { pack: grant.packId } : {}),
    };
    const token = this.jwt.sign(claims, { secret: this.secret, algorithm: 'HS256', expiresIn: DOWNLOAD_TTL_SECONDS });
    return { token, expiresAt: new Date(Date.now() + DOWNLOAD_TTL_SECONDS * 1000) };
  }

  /**
   * Whether the user a link was made for can still read its plan, checked when it is used (a link
   * outlives nothing): the account still exists, and is an admin or still a member of the plan's
   * partnership. A removed membership, a deleted account or a deleted plan ends the link at once.
   */
  async holderHasAccess(grant: BoardPackGrant): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1
         FROM user_account u
         JOIN delivery_plan p ON p.id = $2
        WHERE u.id = $1
          -- A deactivated account's links end with its access.
          AND u.deactivated_at IS NULL
          AND (u.is_admin OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.partnership_id = p.partnership_id))`,
      [grant.userId, grant.planId],
    );
    return rows.length > 0;
  }

  /** The grant, or null for a token that is malformed, forged, expired or made for something else. */
  verify(token: string): BoardPackGrant | null {
    let claims: Claims;
    try {
      claims = this.jwt.verify<Claims>(token, { secret: this.secret, algorithms: ['HS256'] });
    } catch {
      return null;
    }
    const date = (d: unknown) => d === null || d === undefined || isCalendarDate(d);
    if (
      claims.purpose !== BOARD_PACK_PURPOSE ||
      typeof claims.sub !== 'string' ||
      typeof claims.plan !== 'string' ||
      !(BOARD_PACK_FORMAT_NAMES as readonly string[]).includes(claims.fmt) ||
      !date(claims.asOf) ||
      !date(claims.since) ||
      (claims.pack !== undefined && typeof claims.pack !== 'string')
    ) {
      return null;
    }
    return {
      userId: claims.sub,
      planId: claims.plan,
      format: claims.fmt as BoardPackFormatName,
      asOf: claims.asOf ?? null,
      since: claims.since ?? null,
      packId: claims.pack ?? null,
    };
  }
}
