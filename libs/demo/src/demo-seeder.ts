import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { addDays } from '@app/calendar';
import { Actor, Clock, TransactionContext } from '@app/common';
import { Settings } from '@app/config';
import { StrategyStatus } from '@app/domain';
import { PartnershipService } from '@app/partnership';
import { PlanningWriteService } from '@app/planning';
import { ProgressService } from '@app/progress';
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
 * relative to today, so a new user sees a live board report at once. Written through the services
 * (as the platform's admin, and each return as its author filed it), in one transaction.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly settings: Settings,
    private readonly tx: TransactionContext,
    private readonly partnerships: PartnershipService,
    private readonly writes: PlanningWriteService,
    private readonly progress: ProgressService,
  ) {}

  /** Seeds only a database with no partnership yet; returns the demo logins when it did. */
  async seedIfEmpty(password = this.settings.demoPassword): Promise<DemoCredentials[] | null> {
    // One transaction: the services the seed writes through join it (TransactionContext).
    return this.tx.run(async (em) => {
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

    // The accounts first (the platform's admin sets the partnership up; the others file its returns).
    // The bootstrap admin (BOOTSTRAP_ADMIN_*) is created before the demo: then the demo adds no admin of its own.
    const [existingAdmin] = await em.query<({ id: string; email: string } | undefined)[]>(
      'SELECT id, email FROM user_account WHERE is_admin ORDER BY created_at, id LIMIT 1',
    );
    if (existingAdmin) this.logger.log('Demo admin account not created: an admin account exists already (BOOTSTRAP_ADMIN_EMAIL)');
    const credentials: DemoCredentials[] = [];
    const accounts = new Map<string, { id: string; email: string }>();
    const addAccount = async (user: { key: string; email: string; name: string; isAdmin?: boolean }, agencyId: string | null): Promise<string | null> => {
      const existing = await em.query<{ id: string }[]>('SELECT id FROM user_account WHERE lower(email) = lower($1)', [user.email]);
      if (existing[0]) {
        // An existing account is never given the demo's password or a demo role; its actions get no lead officer.
        this.logger.log(`Demo account ${user.email} not created: the e-mail belongs to an existing account`);
        return null;
      }
      const [row] = await em.query<{ id: string }[]>(
        'INSERT INTO user_account (email, name, password_hash, agency_id, is_admin) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [user.email, user.name, hash, agencyId, user.isAdmin ?? false],
      );
      accounts.set(user.key, { id: row.id, email: user.email });
      return row.id;
    };
    const demoAdmin = existingAdmin ? null : { key: 'admin', email: DEMO_ADMIN_EMAIL, name: 'Platform Administrator', isAdmin: true };
    const adminId: string | null = existingAdmin?.id ?? (await addAccount(demoAdmin!, null));
    if (adminId === null) throw new Error(`Cannot load the demo: ${DEMO_ADMIN_EMAIL} belongs to an account that is not an admin, and there is no admin`);
    const admin: Actor = { userId: adminId, email: existingAdmin?.email ?? DEMO_ADMIN_EMAIL, isAdmin: true, agencyId: null, memberships: new Map() };

    const partnership = await this.partnerships.create(admin, {
      name: demo.partnership.name,
      slug: demo.partnership.slug,
      timezone,
      staleAfterDays: demo.partnership.staleAfterDays,
    });
    const agencyIds = new Map<string, string>();
    for (const agency of demo.agencies) {
      const [existing] = await em.query<({ id: string } | undefined)[]>('SELECT id FROM agency WHERE lower(name) = lower($1)', [agency.name]);
      if (existing) {
        await this.partnerships.addAgency(admin, { partnershipId: partnership.id, agencyId: existing.id });
        agencyIds.set(agency.key, existing.id);
      } else {
        const created = await this.partnerships.createAgency(admin, { name: agency.name, kind: agency.kind, partnershipId: partnership.id });
        agencyIds.set(agency.key, created.id);
      }
    }

    const members = new Map<string, Actor>();
    for (const user of demo.users) {
      const id = await addAccount(user, user.agencyKey ? agencyIds.get(user.agencyKey)! : null);
      if (id === null) continue;
      if (user.role) {
        await em.query('INSERT INTO membership (user_id, partnership_id, role) VALUES ($1, $2, $3)', [id, partnership.id, user.role]);
      }
      members.set(user.key, {
        userId: id,
        email: user.email,
        isAdmin: user.isAdmin ?? false,
        agencyId: user.agencyKey ? agencyIds.get(user.agencyKey)! : null,
        memberships: new Map(user.role ? [[partnership.id, user.role]] : []),
      });
      credentials.push({ email: user.email, role: user.isAdmin ? 'ADMIN' : (user.role ?? ''), password });
    }
    if (demoAdmin) credentials.push({ email: demoAdmin.email, role: 'ADMIN', password });

    const strategy = await this.writes.createStrategy(admin, {
      partnershipId: partnership.id,
      title: demo.strategy.title,
      startDate: `${year + demo.strategy.startYearOffset}-01-01`,
      endDate: `${year + demo.strategy.endYearOffset}-12-31`,
      status: StrategyStatus.ACTIVE,
    });
    const objectiveIds = new Map<string, string>();
    for (const objective of demo.objectives) {
      const row = await this.writes.createObjective(admin, {
        strategyId: strategy.id,
        pillar: objective.pillar,
        code: objective.code,
        title: objective.title,
        description: objective.description,
      });
      objectiveIds.set(objective.code, row.id);
    }
    const planStart = `${year + demo.plan.startYearOffset}-01-01`;
    const plan = await this.writes.createDeliveryPlan(admin, {
      strategyId: strategy.id,
      title: demo.plan.title,
      startDate: planStart,
      endDate: `${year + demo.plan.endYearOffset}-12-31`,
    });

    for (const action of demo.actions) {
      const row = await this.writes.createAction(admin, {
        deliveryPlanId: plan.id,
        objectiveId: objectiveIds.get(action.objectiveCode)!,
        ref: action.ref,
        title: action.title,
        description: action.description,
        successMeasure: action.successMeasure,
        leadAgencyId: agencyIds.get(action.leadAgencyKey)!,
        supportingAgencyIds: action.supportingAgencyKeys.map((key) => agencyIds.get(key)!),
        leadOfficerId: action.leadOfficerKey ? (accounts.get(action.leadOfficerKey)?.id ?? null) : null,
        startDate: action.startInDays === undefined ? null : day(action.startInDays),
        dueDate: day(action.dueInDays),
        // The plan has run since its start: every action and milestone has been in it since then.
        inPlanSince: planStart,
      });
      for (const milestone of action.milestones) {
        const added = await this.writes.addMilestone(admin, { actionId: row.id, title: milestone.title, dueDate: day(milestone.dueInDays), inPlanSince: planStart });
        if (milestone.completedDaysAgo !== undefined) await this.progress.completeMilestone(admin, added.id, day(-milestone.completedDaysAgo));
      }
      for (const update of action.updates) {
        const author = members.get(update.authorKey);
        if (!author) continue;
        const reportedOn = day(-update.daysAgo);
        // Each return filed by its author on its day (at noon), as the partners filed them.
        await this.progress.reportProgress(
          author,
          {
            actionId: row.id,
            reportedOn,
            narrative: update.narrative,
            percentComplete: update.percent,
            status: update.status,
            rag: update.rag ?? null,
          },
          { filedAt: new Date(`${reportedOn}T12:00:00Z`) },
        );
      }
    }

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
