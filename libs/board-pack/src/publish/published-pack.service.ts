import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { isCalendarDate } from '@app/calendar';
import { PILLARS } from '@app/domain';
import { Actor, BadUserInputError, Clock, ConflictError, isUuid, Loaders, NotFoundError, Permission, PolicyService } from '@app/common';
import { UserService } from '@app/identity';
import { PlanningService } from '@app/planning';
import { BoardPackData, BoardPackFormatName, LastBoard, PackCommentary, RagTrendPoint } from '../export/board-pack.data';
import { slug } from '@app/file-formats';
import { BoardPackService } from '../export/board-pack.service';
import { boardPackCsv } from '../export/csv-board-pack.writer';
import { RenderPool } from '../export/render-pool';
import { ComparablePack, PackDifference, packDifferences } from '../rules/pack-differences.rule';
import { BoardPackCommentary, PublishBoardPackInput, PublishedBoardPack, SaveBoardPackCommentaryInput } from './published-pack.types';

/**
 * The version of the RAG, roll-up and "as of" rules (docs/rules.md) that produce a pack's figures,
 * frozen with every published pack. Change it whenever a rule changes what a figure would be.
 */
export const BOARD_PACK_RULE_VERSION = 'rules-2026-11';

/** How many earlier published packs the RAG trend shows beside this one. */
const TREND_PACKS = 5;

/** The columns of a published pack without its data or bytes: listing never loads those. */
const PACK_COLUMNS = `id, partnership_id, delivery_plan_id, version, as_of, since, board_meeting_id, meeting_title, meeting_date, reason,
  stale_after_days, due_soon_days, rule_version, published_by_id, published_at, data_sha256,
  pdf_sha256, pdf_bytes, xlsx_sha256, xlsx_bytes, csv_sha256, csv_bytes`;

interface PackRow {
  id: string;
  partnership_id: string;
  delivery_plan_id: string;
  version: number;
  as_of: string;
  since: string | null;
  board_meeting_id: string | null;
  meeting_title: string | null;
  meeting_date: string | null;
  reason: string | null;
  stale_after_days: number;
  due_soon_days: number;
  rule_version: string;
  published_by_id: string;
  published_at: Date;
  data_sha256: string;
  pdf_sha256: string;
  pdf_bytes: number;
  xlsx_sha256: string;
  xlsx_bytes: number;
  csv_sha256: string;
  csv_bytes: number;
}

/** A frozen file as downloaded: its bytes, type, name and hash. */
export interface FrozenFile {
  body: Buffer;
  contentType: string;
  fileName: string;
  sha256: string;
}

export type FrozenFormat = BoardPackFormatName | 'json';

const CONTENT_TYPES: Readonly<Record<FrozenFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function toPack(row: PackRow): PublishedBoardPack {
  const file = (format: BoardPackFormatName, hash: string, bytes: number) => ({ sha256: hash, bytes, path: `/api/published-packs/${row.id}.${format}` });
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    deliveryPlanId: row.delivery_plan_id,
    version: row.version,
    asOf: row.as_of,
    since: row.since,
    boardMeetingId: row.board_meeting_id,
    meetingTitle: row.meeting_title,
    meetingDate: row.meeting_date,
    reason: row.reason,
    staleAfterDays: row.stale_after_days,
    dueSoonDays: row.due_soon_days,
    ruleVersion: row.rule_version,
    publishedById: row.published_by_id,
    publishedAt: row.published_at,
    dataSha256: row.data_sha256,
    pdf: file('pdf', row.pdf_sha256, row.pdf_bytes),
    xlsx: file('xlsx', row.xlsx_sha256, row.xlsx_bytes),
    csv: file('csv', row.csv_sha256, row.csv_bytes),
  };
}

/**
 * Published board packs (issue 15): the pack a board saw, frozen in PostgreSQL as data (JSON) and
 * files (PDF, XLSX, CSV) with the SHA-256 of each, immutable (the database refuses changes), shown
 * again byte for byte with the board report's permissions; drift against the live report and
 * comparisons between packs come from the frozen data. Also the commentary drafts a pack opens with.
 */
@Injectable()
export class PublishedPackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly packs: BoardPackService,
    private readonly pool: RenderPool,
    private readonly planning: PlanningService,
    private readonly users: UserService,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The board meeting a pack is published for: one of the plan's partnership, else NOT_FOUND. */
  private async meetingOf(partnershipId: string, id: string | null): Promise<{ title: string; meeting_date: string } | null> {
    if (id === null) return null;
    const rows: { title: string; meeting_date: string }[] = isUuid(id)
      ? await this.db.query(`SELECT title, meeting_date::text AS meeting_date FROM board_meeting WHERE id = $1 AND partnership_id = $2`, [id, partnershipId])
      : [];
    if (rows.length === 0) throw new NotFoundError('BoardMeeting', id, 'input.boardMeetingId');
    return rows[0];
  }

  /**
   * Publishes the pack of a plan for its dates: gathers the report (as the live pack), adds the
   * commentary, the last board's pack and the RAG trend, renders PDF and XLSX in the render pool
   * and writes everything in one row. The same plan and dates again is the next version, which
   * needs a reason; a publication racing another for the same dates is CONFLICT.
   */
  async publish(actor: Actor, input: PublishBoardPackInput): Promise<PublishedBoardPack> {
    const plan = await this.planning.getPlan(actor, input.deliveryPlanId, 'input.deliveryPlanId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: plan.id, field: 'input.deliveryPlanId' });
    for (const field of ['asOf', 'since', 'meetingDate'] as const) {
      const value = input[field];
      if (value !== undefined && value !== null && !isCalendarDate(value)) throw BadUserInputError.field(`input.${field}`, 'Must be a date, YYYY-MM-DD');
    }
    const meeting = await this.meetingOf(plan.partnershipId, input.boardMeetingId ?? null);
    const meetingTitle = input.meetingTitle ?? meeting?.title ?? null;
    const meetingDate = input.meetingDate ?? meeting?.meeting_date ?? null;
    const release = await this.pool.acquire();
    let data: BoardPackData;
    let files: { pdf: Buffer; xlsx: Buffer; csv: Buffer };
    let version: number;
    try {
      data = await this.packs.data(actor, plan.id, input.asOf ?? null, input.since ?? null);
      version = (await this.latestVersion(this.db.manager, plan.id, data.asOf, data.since)) + 1;
      if (version > 1 && !input.reason) {
        throw BadUserInputError.field(
          'input.reason',
          `This plan already has a pack published for these dates (version ${version - 1}): say why it is published again`,
        );
      }
      const publishedAt = this.clock.now();
      const publisher = await this.users.loadUser(new Loaders(), actor.userId);
      const earlier = await this.recentPacks(plan.id, TREND_PACKS);
      data.generatedAt = publishedAt;
      data.publication = {
        version,
        publishedAt: publishedAt.toISOString(),
        publishedBy: publisher?.name ?? '',
        meetingTitle,
        meetingDate,
        reason: input.reason ?? null,
        ruleVersion: BOARD_PACK_RULE_VERSION,
      };
      data.commentary = await this.commentaryOf(plan.id);
      data.published = null;
      data.lastBoard = earlier.length ? lastBoard(earlier[0], data) : null;
      data.ragTrend = ragTrend(earlier, data);
      await new Promise((resolve) => setImmediate(resolve));
      const pdf = await this.pool.render('pdf', data);
      const xlsx = await this.pool.render('xlsx', data);
      files = { pdf, xlsx, csv: boardPackCsv(data) };
    } finally {
      release();
    }
    const json = JSON.stringify(data);
    const id = await this.db.transaction(async (em) => {
      // Publications of one plan take turns, so versions are counted without a gap or a clash.
      await em.query('SELECT 1 FROM delivery_plan WHERE id = $1 FOR UPDATE', [plan.id]);
      if ((await this.latestVersion(em, plan.id, data.asOf, data.since)) + 1 !== version) {
        throw new ConflictError('Another pack for these dates was published meanwhile; publish again with a reason', 'input.reason');
      }
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO published_board_pack (partnership_id, delivery_plan_id, version, as_of, since, board_meeting_id, meeting_title, meeting_date, reason,
           stale_after_days, due_soon_days, rule_version, published_by_id, published_at, data, data_sha256,
           pdf, pdf_sha256, pdf_bytes, xlsx, xlsx_sha256, xlsx_bytes, csv, csv_sha256, csv_bytes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
         RETURNING id`,
        [
          plan.partnershipId,
          plan.id,
          version,
          data.asOf,
          data.since,
          input.boardMeetingId ?? null,
          meetingTitle,
          meetingDate,
          input.reason ?? null,
          data.settings.staleAfterDays,
          data.settings.dueSoonDays,
          BOARD_PACK_RULE_VERSION,
          actor.userId,
          data.generatedAt,
          json,
          sha256(json),
          files.pdf,
          sha256(files.pdf),
          files.pdf.length,
          files.xlsx,
          sha256(files.xlsx),
          files.xlsx.length,
          files.csv,
          sha256(files.csv),
          files.csv.length,
        ],
      );
      await this.audit.record(em, actor, {
        operation: 'publishBoardPack',
        entityType: 'PublishedBoardPack',
        entityId: row.id,
        partnershipId: plan.partnershipId,
        after: {
          deliveryPlanId: plan.id,
          version,
          asOf: data.asOf,
          since: data.since,
          boardMeetingId: input.boardMeetingId ?? null,
          meetingTitle,
          meetingDate,
          reason: input.reason ?? null,
          dataSha256: sha256(json),
          pdfSha256: sha256(files.pdf),
          xlsxSha256: sha256(files.xlsx),
          csvSha256: sha256(files.csv),
        },
      });
      return row.id;
    });
    return (await this.row(this.db.manager, id))!;
  }

  private async latestVersion(em: EntityManager, planId: string, asOf: string, since: string | null): Promise<number> {
    const [row]: { version: number | null }[] = await em.query(
      // The latest version of a plan's pack for these dates (since may be null: IS NOT DISTINCT FROM).
      'SELECT max(version)::int AS version FROM published_board_pack WHERE delivery_plan_id = $1 AND as_of = $2 AND since IS NOT DISTINCT FROM $3::date',
      [planId, asOf, since],
    );
    return row.version ?? 0;
  }

  /** The plan's last published packs with the figures the new pack compares with, newest first. */
  private async recentPacks(planId: string, limit: number): Promise<{ row: PackRow; data: ComparablePack & { asOf: string } }[]> {
    const rows: (PackRow & { data: string })[] = await this.db.query(
      // The frozen data is JSON text: parsed here, only for the few packs the trend shows.
      `SELECT ${PACK_COLUMNS}, data::text AS data FROM published_board_pack WHERE delivery_plan_id = $1 ORDER BY published_at DESC, seq DESC LIMIT $2`,
      [planId, limit],
    );
    return rows.map((r) => ({ row: r, data: JSON.parse(r.data) as ComparablePack & { asOf: string } }));
  }

  private async row(em: EntityManager, id: string): Promise<PublishedBoardPack | null> {
    if (!isUuid(id)) return null;
    const [row]: PackRow[] = await em.query(`SELECT ${PACK_COLUMNS} FROM published_board_pack WHERE id = $1`, [id]);
    return row ? toPack(row) : null;
  }

  /** One published pack the caller may read (NOT_FOUND otherwise, as for another partnership's). */
  async get(actor: Actor, id: string, field = 'id'): Promise<PublishedBoardPack> {
    const pack = await this.row(this.db.manager, id);
    if (!pack) throw new NotFoundError('PublishedBoardPack', id, field);
    this.policy.assert(actor, Permission.PartnershipRead, { partnershipId: pack.partnershipId, entity: 'PublishedBoardPack', id, field });
    return pack;
  }

  /** A plan's published packs, newest first, without their data or bytes. */
  async list(actor: Actor, planId: string): Promise<PublishedBoardPack[]> {
    const plan = await this.planning.getPlan(actor, planId, 'deliveryPlanId');
    this.policy.assert(actor, Permission.PartnershipRead, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: planId, field: 'deliveryPlanId' });
    const rows: PackRow[] = await this.db.query(
      `SELECT ${PACK_COLUMNS} FROM published_board_pack WHERE delivery_plan_id = $1 ORDER BY published_at DESC, seq DESC`,
      [plan.id],
    );
    return rows.map(toPack);
  }

  /** A frozen file, byte for byte as published. */
  async file(actor: Actor, id: string, format: FrozenFormat): Promise<FrozenFile> {
    const pack = await this.get(actor, id);
    const column = { pdf: 'pdf', xlsx: 'xlsx', csv: 'csv', json: 'data' }[format];
    // The column name comes from the fixed map above, never from the request.
    const [row]: { body: Buffer | string }[] = await this.db.query(
      `SELECT ${column === 'data' ? 'data::text' : column} AS body FROM published_board_pack WHERE id = $1`,
      [id],
    );
    const body = typeof row.body === 'string' ? Buffer.from(row.body, 'utf8') : row.body;
    const hash = format === 'json' ? pack.dataSha256 : pack[format].sha256;
    const plan = await this.planning.getPlan(actor, pack.deliveryPlanId, 'id');
    return {
      body,
      contentType: CONTENT_TYPES[format],
      fileName: `board-pack-${slug(plan.title)}-${pack.asOf}${pack.since ? `-since-${pack.since}` : ''}-v${pack.version}.${format}`,
      sha256: hash,
    };
  }

  private async frozenData(id: string): Promise<BoardPackData> {
    const [row]: { data: string }[] = await this.db.query('SELECT data::text AS data FROM published_board_pack WHERE id = $1', [id]);
    return JSON.parse(row.data) as BoardPackData;
  }

  /** What the live report for the pack's dates now says differently from the frozen one. */
  async differences(actor: Actor, pack: PublishedBoardPack): Promise<PackDifference[]> {
    const [frozen, live] = await Promise.all([this.frozenData(pack.id), this.packs.data(actor, pack.deliveryPlanId, pack.asOf, pack.since)]);
    return packDifferences(frozen, live);
  }

  /** What changed from one published pack of a plan to another. */
  async compare(actor: Actor, fromId: string, toId: string): Promise<{ from: PublishedBoardPack; to: PublishedBoardPack; differences: PackDifference[] }> {
    const from = await this.get(actor, fromId, 'fromId');
    const to = await this.get(actor, toId, 'toId');
    if (from.deliveryPlanId !== to.deliveryPlanId) throw BadUserInputError.field('toId', 'Compare two packs of the same delivery plan');
    const [a, b] = await Promise.all([this.frozenData(from.id), this.frozenData(to.id)]);
    return { from, to, differences: packDifferences(a, b) };
  }

  private async commentaryOf(planId: string): Promise<PackCommentary | null> {
    const [row]: { summary: string; prevent: string; pursue: string; protect: string; prepare: string }[] = await this.db.query(
      'SELECT summary, prevent, pursue, protect, prepare FROM board_pack_commentary WHERE delivery_plan_id = $1',
      [planId],
    );
    if (!row || ![row.summary, row.prevent, row.pursue, row.protect, row.prepare].some((t) => t.length > 0)) return null;
    return { summary: row.summary, pillars: { PREVENT: row.prevent, PURSUE: row.pursue, PROTECT: row.protect, PREPARE: row.prepare } };
  }

  /** The plan's commentary drafts (empty, version 0, when none was saved). */
  async commentary(actor: Actor, planId: string): Promise<BoardPackCommentary> {
    const plan = await this.planning.getPlan(actor, planId, 'deliveryPlanId');
    this.policy.assert(actor, Permission.PartnershipRead, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: planId, field: 'deliveryPlanId' });
    const [row]: (Omit<BoardPackCommentary, 'deliveryPlanId'> & { updated_at: Date })[] = await this.db.query(
      'SELECT summary, prevent, pursue, protect, prepare, version, updated_at FROM board_pack_commentary WHERE delivery_plan_id = $1',
      [plan.id],
    );
    if (!row) return { deliveryPlanId: plan.id, summary: '', prevent: '', pursue: '', protect: '', prepare: '', version: 0, updatedAt: null };
    return {
      deliveryPlanId: plan.id,
      summary: row.summary,
      prevent: row.prevent,
      pursue: row.pursue,
      protect: row.protect,
      prepare: row.prepare,
      version: row.version,
      updatedAt: row.updated_at,
    };
  }

  /** Saves the drafts (coordinators, admins), audited; `version` must be the one read, else CONFLICT. */
  async saveCommentary(actor: Actor, input: SaveBoardPackCommentaryInput): Promise<BoardPackCommentary> {
    const plan = await this.planning.getPlan(actor, input.deliveryPlanId, 'input.deliveryPlanId');
    this.policy.assert(actor, Permission.PlanWrite, { partnershipId: plan.partnershipId, entity: 'DeliveryPlan', id: plan.id, field: 'input.deliveryPlanId' });
    for (const text of [input.summary, input.prevent, input.pursue, input.protect, input.prepare]) {
      if (text.includes('\u0000')) throw BadUserInputError.field('input', 'Text must not contain a NUL character');
    }
    await this.db.transaction(async (em) => {
      await em.query('SELECT 1 FROM delivery_plan WHERE id = $1 FOR UPDATE', [plan.id]);
      const [before]: { summary: string; prevent: string; pursue: string; protect: string; prepare: string; version: number; id: string }[] = await em.query(
        'SELECT id, summary, prevent, pursue, protect, prepare, version FROM board_pack_commentary WHERE delivery_plan_id = $1',
        [plan.id],
      );
      if ((before?.version ?? 0) !== input.version) {
        throw new ConflictError(`The commentary has changed since version ${input.version}; reload it (current version ${before?.version ?? 0})`, 'input.version');
      }
      const values = [input.summary, input.prevent, input.pursue, input.protect, input.prepare];
      const [saved]: { id: string; version: number }[] = before
        ? await em.query(
            `UPDATE board_pack_commentary SET summary = $2, prevent = $3, pursue = $4, protect = $5, prepare = $6, version = version + 1,
               updated_by_id = $7, updated_at = clock_timestamp() WHERE id = $1 RETURNING id, version`,
            [before.id, ...values, actor.userId],
          )
        : await em.query(
            `INSERT INTO board_pack_commentary (partnership_id, delivery_plan_id, summary, prevent, pursue, protect, prepare, updated_by_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, version`,
            [plan.partnershipId, plan.id, ...values, actor.userId],
          );
      const snapshot = (v: number, t: string[]) => ({
        deliveryPlanId: plan.id,
        version: v,
        summary: t[0],
        prevent: t[1],
        pursue: t[2],
        protect: t[3],
        prepare: t[4],
      });
      await this.audit.record(em, actor, {
        operation: 'saveBoardPackCommentary',
        entityType: 'BoardPackCommentary',
        entityId: saved.id,
        partnershipId: plan.partnershipId,
        before: before ? snapshot(before.version, [before.summary, before.prevent, before.pursue, before.protect, before.prepare]) : null,
        after: snapshot(saved.version, values),
      });
    });
    return this.commentary(actor, plan.id);
  }
}

/** The last board's figures and what changed from its pack to this one. */
function lastBoard(earlier: { row: PackRow; data: ComparablePack & { asOf: string } }, data: BoardPackData): LastBoard {
  return {
    version: earlier.row.version,
    publishedAt: new Date(earlier.row.published_at).toISOString(),
    asOf: earlier.row.as_of,
    meetingTitle: earlier.row.meeting_title,
    meetingDate: earlier.row.meeting_date,
    overall: earlier.data.overall,
    byPillar: earlier.data.byPillar,
    differences: packDifferences(earlier.data, data),
  };
}

/** Derived RAG by P in the earlier packs (oldest first), then this pack. */
function ragTrend(earlier: { row: PackRow; data: ComparablePack & { asOf: string } }[], data: BoardPackData): RagTrendPoint[] {
  const point = (label: string, asOf: string, byPillar: ComparablePack['byPillar']): RagTrendPoint => ({
    label,
    asOf,
    byPillar: PILLARS.map((pillar) => {
      const rag = byPillar.find((p) => p.pillar === pillar)?.rollUp.byRag ?? { red: 0, amber: 0, green: 0, blue: 0 };
      return { pillar, red: rag.red, amber: rag.amber, green: rag.green, blue: rag.blue };
    }),
  });
  return [
    ...earlier
      .map((e) =>
        point(
          `Published ${new Date(e.row.published_at).toISOString().slice(0, 10).split('-').reverse().join('/')}, version ${e.row.version}`,
          e.row.as_of,
          e.data.byPillar,
        ),
      )
      .reverse(),
    point('This pack', data.asOf, data.byPillar),
  ];
}
