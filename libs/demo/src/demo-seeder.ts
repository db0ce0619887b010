import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { addDays } from '@app/calendar';
import { Clock } from '@app/common';
import { Settings } from '@app/config';
import { DEMO_PLAN, DemoPlan } from './demo-plan.data';

export const DEMO_ADMIN_EMAIL = 'admin@example.org';
export const DEFAULT_DEMO_PASSWORD = 'demo-password';

export interface DemoCredentials {
  email: string;
  role: string;
  password: string;
}

/**
 * Loads the demo partnership (DEMO_PLAN) into an empty database: its agencies, accounts for each
 * role, strategy, objectives, plan, actions, milestones and a history of progress updates dated
 * relative to today, so a new user sees a live board report at once.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly settings: Settings,
  ) {}

  /** Seeds only a database with no partnership yet; returns the demo logins when it did. */
  async seedIfEmpty(password = this.settings.demoPassword): Promise<DemoCredentials[] | null> {
    return this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['seed-demo']);
      const [{ count }] = await em.query<{ count: number }[]>('SELECT count(*)::int AS count FROM partnership');
      if (count > 0) return null;
      return this.seed(em, DEMO_PLAN, password);
    });
  }

  private async seed(em: EntityManager, demo: DemoPlan, password: string): Promise<DemoCredentials[]> {
    const timezone = 'Europe/London';
    const today = this.clock.today(timezone);
    const year = Number(today.slice(0, 4));
    const day = (offset: number) => addDays(today, offset);
    const hash = await argon2.hash(password);

    const [partnership] = await em.query<{ id: string }[]>(
      `INSERT INTO partnership (name, slug, timezone, stale_after_days) VALUES ($1, $2, $3, $4) RETURNING id`,
      [demo.partnership.name, demo.partnership.slug, timezone, demo.partnership.staleAfterDays],
    );
    const agencyIds = new Map<string, string>();
    for (const agency of demo.agencies) {
      const existing = await em.query<{ id: string }[]>('SELECT id FROM agency WHERE lower(name) = lower($1)', [agency.name]);
      const id =
        existing[0]?.id ?? (await em.query<{ id: string }[]>('INSERT INTO agency (name, kind, owner_partnership_id) VALUES ($1, $2, $3) RETURNING id', [agency.name, agency.kind, partnership.id]))[0].id;
      agencyIds.set(agency.key, id);
      await em.query('INSERT INTO partnership_agency (partnership_id, agency_id) VALUES ($1, $2)', [partnership.id, id]);
    }

    const credentials: DemoCredentials[] = [];
    const userIds = new Map<string, string>();
    // The bootstrap admin (BOOTSTRAP_ADMIN_*) is created before the demo: then the demo adds no admin of its own.
    const [{ admins }] = await em.query<{ admins: number }[]>('SELECT count(*)::int AS admins FROM user_account WHERE is_admin');
    if (admins > 0) this.logger.log('Demo admin account not created: an admin account exists already (BOOTSTRAP_ADMIN_EMAIL)');
    const users = [
      ...demo.users,
      ...(admins > 0 ? [] : [{ key: 'admin', email: DEMO_ADMIN_EMAIL, name: 'Platform Administrator', agencyKey: null, role: null, isAdmin: true }]),
    ];
    for (const user of users) {
      const existing = await em.query<{ id: string }[]>('SELECT id FROM user_account WHERE lower(email) = lower($1)', [user.email]);
      if (existing[0]) {
        // An existing account is never given the demo's password or a demo role; its actions get no lead officer.
        this.logger.log(`Demo account ${user.email} not created: the e-mail belongs to an existing account`);
        continue;
      }
      const [row] = await em.query<{ id: string }[]>(
        'INSERT INTO user_account (email, name, password_hash, agency_id, is_admin) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [user.email, user.name, hash, user.agencyKey ? agencyIds.get(user.agencyKey) : null, user.isAdmin ?? false],
      );
      userIds.set(user.key, row.id);
      if (user.role) {
        await em.query('INSERT INTO membership (user_id, partnership_id, role) VALUES ($1, $2, $3)', [row.id, partnership.id, user.role]);
      }
      credentials.push({ email: user.email, role: user.isAdmin ? 'ADMIN' : (user.role ?? ''), password });
    }

    const [strategy] = await em.query<{ id: string }[]>(
      `INSERT INTO strategy (partnership_id, title, start_date, end_date, status) VALUES ($1, $2, $3, $4, 'ACTIVE') RETURNING id`,
      [partnership.id, demo.strategy.title, `${year + demo.strategy.startYearOffset}-01-01`, `${year + demo.strategy.endYearOffset}-12-31`],
    );
    const objectiveIds = new Map<string, string>();
    for (const [index, objective] of demo.objectives.entries()) {
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO objective (partnership_id, strategy_id, pillar, code, title, description, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [partnership.id, strategy.id, objective.pillar, objective.code, objective.title, objective.description, index + 1],
      );
      objectiveIds.set(objective.code, row.id);
    }
    const planStart = `${year + demo.plan.startYearOffset}-01-01`;
    const [plan] = await em.query<{ id: string }[]>(
      `INSERT INTO delivery_plan (partnership_id, strategy_id, title, start_date, end_date) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [partnership.id, strategy.id, demo.plan.title, planStart, `${year + demo.plan.endYearOffset}-12-31`],
    );

    for (const action of demo.actions) {
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO action (partnership_id, delivery_plan_id, objective_id, ref, title, description, success_measure,
                             lead_agency_id, lead_officer_id, start_date, due_date, in_plan_since)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          partnership.id,
          plan.id,
          objectiveIds.get(action.objectiveCode),
          action.ref,
          action.title,
          action.description,
          action.successMeasure,
          agencyIds.get(action.leadAgencyKey),
          action.leadOfficerKey ? userIds.get(action.leadOfficerKey) : null,
          action.startInDays === undefined ? null : day(action.startInDays),
          day(action.dueInDays),
          // The plan has run since its start: every action and milestone has been in it since then.
          planStart,
        ],
      );
      for (const key of action.supportingAgencyKeys) {
        await em.query('INSERT INTO action_supporting_agency (action_id, agency_id, partnership_id) VALUES ($1, $2, $3)', [
          row.id,
          agencyIds.get(key),
          partnership.id,
        ]);
      }
      for (const [index, milestone] of action.milestones.entries()) {
        await em.query(
          `INSERT INTO milestone (partnership_id, action_id, title, due_date, completed_on, position, in_plan_since) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            partnership.id,
            row.id,
            milestone.title,
            day(milestone.dueInDays),
            milestone.completedDaysAgo === undefined ? null : day(-milestone.completedDaysAgo),
            index + 1,
            planStart,
          ],
        );
      }
      for (const update of action.updates) {
        const authorId = userIds.get(update.authorKey);
        if (!authorId) continue;
        await em.query(
          `INSERT INTO progress_update (partnership_id, action_id, author_id, agency_id, reported_on, narrative, percent_complete, status, rag, created_at)
           SELECT $1, $2, u.id, u.agency_id, $3, $4, $5, $6, $7, ($3::date + time '12:00') AT TIME ZONE $8
             FROM user_account u WHERE u.id = $9`,
          [partnership.id, row.id, day(-update.daysAgo), update.narrative, update.percent, update.status, update.rag ?? null, timezone, authorId],
        );
      }
    }

    // The projection of each action's latest update, as reportProgress maintains it.
    await em.query(
      `UPDATE action a SET status = l.status, percent_complete = l.percent_complete, last_reported_on = l.reported_on
         FROM (SELECT DISTINCT ON (action_id) action_id, status, percent_complete, reported_on
                 FROM progress_update WHERE partnership_id = $1
                ORDER BY action_id, reported_on DESC, seq DESC) l
        WHERE a.id = l.action_id`,
      [partnership.id],
    );
    await this.audit.record(em, null, {
      operation: 'seedDemo',
      entityType: 'Partnership',
      entityId: partnership.id,
      partnershipId: partnership.id,
      after: { name: demo.partnership.name, actions: demo.actions.length },
    });
    this.logger.log(`Loaded the demo partnership "${demo.partnership.name}" (${demo.actions.length} actions)`);
    return credentials;
  }
}
