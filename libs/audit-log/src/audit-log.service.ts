import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '@app/audit';
import { Actor, decodeCursor, encodeCursor, pageSize, Permission, PolicyService } from '@app/common';
import { PartnershipService } from '@app/partnership';

const MAX_BIGINT = 9223372036854775807n;

export interface AuditPage {
  rows: AuditEventEntity[];
  hasNextPage: boolean;
}

@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly partnerships: PartnershipService,
  ) {}

  /** A partnership's trail, newest first, keyset-paged on `seq` (stable while new events arrive). */
  async page(actor: Actor, partnershipId: string, first?: number | null, after?: string | null): Promise<AuditPage> {
    const partnership = await this.partnerships.get(actor, partnershipId, 'partnershipId');
    this.policy.assert(actor, Permission.AuditRead, { partnershipId: partnership.id });
    const limit = pageSize(first);
    const query = this.db.manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.partnership_id = :partnershipId', { partnershipId: partnership.id })
      .orderBy('e.seq', 'DESC')
      .limit(limit + 1);
    if (after) {
      const [seq] = decodeCursor(after, 1);
      // Within bigint: a larger number would fail in PostgreSQL (22003) as an internal error.
      if (typeof seq !== 'string' || !/^[0-9]{1,19}$/.test(seq) || BigInt(seq) > MAX_BIGINT) decodeCursor('', 1);
      query.andWhere('e.seq < :seq', { seq });
    }
    const rows = await query.getMany();
    return { rows: rows.slice(0, limit), hasNextPage: rows.length > limit };
  }

  cursorOf(row: AuditEventEntity): string {
    return encodeCursor([String(row.seq)]);
  }
}
