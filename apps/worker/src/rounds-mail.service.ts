import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { todayIn } from '@app/calendar';
import {
  ACTION_NAMES_SQL,
  AGENCY_NAMES_SQL,
  CLAIM_MAIL_SQL,
  CLAIM_OUTBOX_SQL,
  DigestItem,
  DIGEST_ROWS_SQL,
  ESCALATION_RECIPIENTS_SQL,
  MARK_MAIL_FAILED_SQL,
  MARK_MAIL_SENT_SQL,
  MARK_OUTBOX_PROCESSED_SQL,
  PLAN_MAIL_SQL,
  reminderStepsOn,
  renderDigest,
  renderEscalation,
  renderThreadMessage,
  ROUNDS_TO_ESCALATE_SQL,
  RoundsService,
  THREAD_EVENT_SQL,
} from '@app/rounds';
import { DigestFrequency, ReturnStatus, Role } from '@app/domain';
import { Mailer, OutgoingMail } from './mailer';

interface DigestRow {
  userId: string;
  email: string;
  name: string;
  frequency: DigestFrequency;
  partnership: string;
  day: string;
  roundId: string;
  roundTitle: string;
  opensOn: string;
  deadline: string;
  graceEndsOn: string;
  closedOn: string | null;
  ref: string;
  title: string;
  daysBefore: number[];
  onDeadline: boolean;
  escalateAfterGrace: boolean;
}

/** The day of the week of a calendar date (0 Sunday … 6 Saturday). */
function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/**
 * The worker's round e-mail: plans each message under its idempotency key (a unique row), then
 * sends what is planned and unsent. Planning twice plans nothing new; sending holds the row's lock
 * until it is marked sent, so two workers never send one message and a crash leaves it unsent.
 */
@Injectable()
export class RoundsMailService {
  private readonly logger = new Logger('RoundsMail');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rounds: RoundsService,
  ) {}

  /**
   * Plans the digests of the day of `now`: one per person (key: person and the date in London),
   * listing every action they must return across their partnerships. Weekly digests go out on
   * Mondays, and on a reminder step day of one of their rounds (7 and 1 days before, the deadline).
   */
  async planDigests(now: Date, publicUrl: string): Promise<number> {
    const digestDate = todayIn('Europe/London', now);
    const rows: DigestRow[] = await this.db.query(DIGEST_ROWS_SQL, [now.toISOString()]);
    const byPerson = new Map<string, DigestRow[]>();
    for (const row of rows) byPerson.set(row.userId, [...(byPerson.get(row.userId) ?? []), row]);
    let planned = 0;
    for (const [userId, list] of byPerson) {
      const first = list[0];
      if (first.frequency === 'WEEKLY' && weekday(digestDate) !== 1) {
        const reminderDay = list.some(
          (r) => reminderStepsOn(r, { daysBefore: r.daysBefore, onDeadline: r.onDeadline, escalateAfterGrace: false }, r.day).length > 0,
        );
        if (!reminderDay) continue;
      }
      const items: DigestItem[] = list.map((r) => ({
        partnership: r.partnership,
        roundTitle: r.roundTitle,
        deadline: r.deadline,
        graceEndsOn: r.graceEndsOn,
        pastDeadline: r.day > r.deadline,
        ref: r.ref,
        title: r.title,
      }));
      const mail = renderDigest(first.name, digestDate, items, publicUrl);
      planned += await this.plan({ key: `digest:${userId}:${digestDate}`, to: first.email, ...mail }, userId);
    }
    return planned;
  }

  /** Plans the escalations of rounds whose grace ended yesterday: to coordinators and the late agencies' contacts. */
  async planEscalations(now: Date, publicUrl: string): Promise<number> {
    const rounds: { id: string; partnershipId: string; title: string; graceEndsOn: string; partnership: string; day: string }[] = await this.db.query(
      ROUNDS_TO_ESCALATE_SQL,
      [now.toISOString()],
    );
    let planned = 0;
    for (const round of rounds) {
      const missed = (await this.rounds.returnsDue([round.id], round.day)).filter((r) => r.status === ReturnStatus.MISSED);
      if (missed.length === 0) continue;
      const agencyIds = [...new Set(missed.map((m) => m.agencyId))];
      const actions = new Map<string, { ref: string; title: string }>(
        (await this.db.query<{ id: string; ref: string; title: string }[]>(ACTION_NAMES_SQL, [missed.map((m) => m.actionId)])).map((a) => [a.id, a]),
      );
      const agencies = new Map<string, string>((await this.db.query<{ id: string; name: string }[]>(AGENCY_NAMES_SQL, [agencyIds])).map((a) => [a.id, a.name]));
      const recipients: { userId: string; email: string; name: string; role: Role; agencyId: string | null }[] = await this.db.query(ESCALATION_RECIPIENTS_SQL, [
        round.id,
        agencyIds,
      ]);
      for (const person of recipients) {
        const theirs = person.role === 'COORDINATOR' ? missed : missed.filter((m) => m.agencyId === person.agencyId);
        const items = theirs.map((m) => ({ agency: agencies.get(m.agencyId) ?? '', ...actions.get(m.actionId)! }));
        const mail = renderEscalation(person.name, round.partnership, round.title, round.graceEndsOn, items, publicUrl);
        planned += await this.plan({ key: `escalation:${round.id}:${person.userId}`, to: person.email, ...mail }, person.userId);
      }
    }
    return planned;
  }

  /** Turns outbox events into messages, in one transaction per batch with marking them processed. */
  async processOutbox(publicUrl: string): Promise<number> {
    let processed = 0;
    for (;;) {
      const done = await this.db.transaction(async (em) => {
        const events: { id: string; kind: string; payload: { queryId?: string } }[] = await em.query(CLAIM_OUTBOX_SQL);
        for (const event of events) {
          if ((event.kind === 'ReturnQueried' || event.kind === 'QueryAnswered') && event.payload.queryId) {
            const [row] = await em.query<({ comment: string; ref: string; title: string; userId: string; email: string; name: string } | undefined)[]>(
              THREAD_EVENT_SQL,
              [event.payload.queryId],
            );
            if (row) {
              const mail = renderThreadMessage(row.name, event.kind, row.ref, row.title, row.comment, publicUrl);
              await em.query(PLAN_MAIL_SQL, [`event:${event.id}:${row.userId}`, row.userId, row.email, mail.subject, mail.text, mail.html]);
            }
          }
        }
        if (events.length > 0) await em.query(MARK_OUTBOX_PROCESSED_SQL, [events.map((e) => e.id)]);
        return events.length;
      });
      processed += done;
      if (done === 0) return processed;
    }
  }

  /**
   * Sends every planned, unsent message, one transaction each: the row is locked (others skip it),
   * sent, and marked sent before the commit. A failure is recorded and retried on a later tick (at
   * most 10 attempts). Returns how many were sent.
   */
  async drain(mailer: Mailer): Promise<number> {
    let sent = 0;
    for (;;) {
      const outcome = await this.db.transaction(async (em) => {
        const [mail]: OutgoingMail[] = await em.query(CLAIM_MAIL_SQL);
        if (!mail) return 'empty';
        try {
          await mailer.send(mail);
        } catch (error) {
          this.logger.warn(`Sending ${mail.key} failed: ${(error as Error).message}`);
          await em.query(MARK_MAIL_FAILED_SQL, [mail.key, (error as Error).message]);
          return 'failed';
        }
        await em.query(MARK_MAIL_SENT_SQL, [mail.key]);
        return 'sent';
      });
      if (outcome === 'empty') return sent;
      if (outcome === 'failed') return sent;
      sent += 1;
    }
  }

  /** One tick: plan the day's digests and escalations, process the outbox, send. */
  async tick(now: Date, publicUrl: string, mailer: Mailer): Promise<{ planned: number; sent: number }> {
    const planned = (await this.planDigests(now, publicUrl)) + (await this.planEscalations(now, publicUrl)) + (await this.processOutbox(publicUrl));
    const sent = await this.drain(mailer);
    if (planned > 0 || sent > 0) this.logger.log(`Tick ${now.toISOString()}: ${planned} planned, ${sent} sent`);
    return { planned, sent };
  }

  private async plan(mail: OutgoingMail, userId: string): Promise<number> {
    const result = await this.db.query<unknown[]>(`${PLAN_MAIL_SQL} RETURNING key`, [mail.key, userId, mail.to, mail.subject, mail.text, mail.html]);
    return result.length;
  }
}
