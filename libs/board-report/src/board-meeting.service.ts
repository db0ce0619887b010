import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService, auditSnapshot } from '@app/audit';
import { Actor, BadUserInputError, ConflictError, isUuid, NotFoundError, Permission, PolicyService } from '@app/common';
import { PartnershipService } from '@app/partnership';
import { BoardMeetingEntity } from './entities/board-meeting.entity';
import { BoardMeeting, CreateBoardMeetingInput, UpdateBoardMeetingInput } from './types/board-meeting.type';

/** The GraphQL shape of a meeting row. */
export function toBoardMeeting(row: BoardMeetingEntity): BoardMeeting {
  return { id: row.id, title: row.title, date: row.meetingDate, version: row.version };
}

/**
 * A partnership's board meetings, past and planned: readable by its members, recorded and edited
 * by its coordinators (they prepare the board pack). A report without `since` compares with the
 * latest meeting before its date.
 */
@Injectable()
export class BoardMeetingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly partnerships: PartnershipService,
  ) {}

  /** By date, then title. */
  async list(actor: Actor, partnershipId: string): Promise<BoardMeeting[]> {
    const partnership = await this.partnerships.get(actor, partnershipId, 'partnershipId');
    const rows = await this.db.manager.find(BoardMeetingEntity, {
      where: { partnershipId: partnership.id },
      order: { meetingDate: 'ASC', title: 'ASC', id: 'ASC' },
    });
    return rows.map(toBoardMeeting);
  }

  /** The latest meeting of the partnership strictly before `asOf`, or null: what a report without `since` compares with. */
  async latestBefore(partnershipId: string, asOf: string): Promise<BoardMeeting | null> {
    const [row] = await this.db.query<(BoardMeeting | undefined)[]>(
      `SELECT id, title, meeting_date::text AS date, version FROM board_meeting
        WHERE partnership_id = $1 AND meeting_date < $2::date ORDER BY meeting_date DESC, created_at DESC LIMIT 1`,
      [partnershipId, asOf],
    );
    return row ?? null;
  }

  async create(actor: Actor, input: CreateBoardMeetingInput): Promise<BoardMeeting> {
    const partnership = await this.partnerships.get(actor, input.partnershipId, 'input.partnershipId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: partnership.id });
    return this.db.transaction(async (em) => {
      const row = await em.save(em.create(BoardMeetingEntity, { partnershipId: partnership.id, title: input.title, meetingDate: input.date }));
      await this.audit.record(em, actor, {
        operation: 'createBoardMeeting',
        entityType: 'BoardMeeting',
        entityId: row.id,
        partnershipId: row.partnershipId,
        after: auditSnapshot(row),
      });
      return toBoardMeeting(row);
    });
  }

  async update(actor: Actor, id: string, input: UpdateBoardMeetingInput): Promise<BoardMeeting> {
    const found = await this.get(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    for (const field of ['title', 'date'] as const) if (input[field] === null) throw BadUserInputError.field(`input.${field}`, 'Cannot be cleared');
    return this.db.transaction(async (em) => {
      const row = await em.findOne(BoardMeetingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError('BoardMeeting', id, 'id');
      if (input.version !== null && input.version !== undefined && input.version !== row.version) {
        throw new ConflictError(`The meeting has changed since version ${input.version}; reload it (current version ${row.version})`, 'input.version');
      }
      const before = auditSnapshot(row);
      Object.assign(row, { title: input.title ?? row.title, meetingDate: input.date ?? row.meetingDate, version: row.version + 1 });
      const saved = await em.save(row);
      await this.audit.record(em, actor, {
        operation: 'updateBoardMeeting',
        entityType: 'BoardMeeting',
        entityId: saved.id,
        partnershipId: saved.partnershipId,
        before,
        after: auditSnapshot(saved),
      });
      return toBoardMeeting(saved);
    });
  }

  async remove(actor: Actor, id: string, version?: number | null): Promise<boolean> {
    const found = await this.get(actor, id);
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: found.partnershipId });
    return this.db.transaction(async (em) => {
      const row = await em.findOne(BoardMeetingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError('BoardMeeting', id, 'id');
      if (version !== null && version !== undefined && version !== row.version) {
        throw new ConflictError(`The meeting has changed since version ${version}; reload it (current version ${row.version})`, 'version');
      }
      // A pack published for the meeting names it for good (published_board_pack, a foreign key).
      const [published] = await em.query<unknown[]>('SELECT 1 FROM published_board_pack WHERE board_meeting_id = $1 LIMIT 1', [id]);
      if (published) throw BadUserInputError.field('id', 'A board pack was published for this meeting, so it stays');
      const before = auditSnapshot(row);
      await em.delete(BoardMeetingEntity, { id });
      await this.audit.record(em, actor, {
        operation: 'removeBoardMeeting',
        entityType: 'BoardMeeting',
        entityId: id,
        partnershipId: row.partnershipId,
        before,
        after: null,
      });
      return true;
    });
  }

  /** A meeting the actor may read, or NOT_FOUND (also one of another partnership). */
  private async get(actor: Actor, id: string): Promise<BoardMeetingEntity> {
    const row = isUuid(id) ? await this.db.manager.findOneBy(BoardMeetingEntity, { id }) : null;
    if (!row || !this.policy.canRead(actor, row.partnershipId)) throw new NotFoundError('BoardMeeting', id, 'id');
    return row;
  }
}
