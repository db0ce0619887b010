import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as argon2 from 'argon2';
import { graphql } from '../generated';
import { CONTRACT_MUTATIONS, CONTRACT_QUERIES } from '../support/contract';
import { auditRows, rowCounts, uniqueSuffix } from '../support/db-assertions';
import { AuditEventRow, countAllTables, countChanges, latestAuditEvents } from '../support/db-snapshot';
import { createAction, createAgency, createPlan, createUser, createWorld, PASSWORD, World } from '../support/fixtures';
import { GraphqlClient, GraphqlResult, VariablesOf } from '../support/graphql-client';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, TestServer } from '../support/test-server';

/**
 * Who may do what: every query and mutation × the callers (README "Security", DESIGN.md
 * "Permissions"). The grid: a cell is one request; it asserts the exact outcome, and that the
 * database changed exactly as it should: for an allowed write the rows it creates plus ONE audit
 * event naming the operation, entity, actor and partnership; for a refusal (and any read) nothing,
 * in any table. Eight callers in every cell, with the three kinds of partner that progress
 * reporting tells apart; a ninth, a signed-in user on no partnership at all (the outsider), on the
 * operations of the contract's first release. Then tenancy in depth: what one partnership's members
 * can see of another, sign-in from any session, and who may create an admin.
 */

// 11:00 UTC on 15 June 2025 is 12:00 in London: "today" is 2025-06-15 for the partnership.
const NOW = '2025-06-15T11:00:00Z';
const TODAY = '2025-06-15';

const ACTORS = ['admin', 'coordinator', 'leadPartner', 'supportPartner', 'uninvolvedPartner', 'board', 'otherPartnership', 'anonymous'] as const;
type ActorName = (typeof ACTORS)[number];
/** The eight callers of every cell, and the outsider: signed in, a member of no partnership. */
type Caller = ActorName | 'outsider';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Matrix = Record<ActorName, Outcome> & { outsider?: Outcome };

/** Columns in ACTORS order. */
function matrix(...outcomes: Outcome[]): Matrix {
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, outcomes[i]])) as Matrix;
}

/** The matrix with a cell for the outsider too. */
const withOutsider = (columns: Matrix, outsider: Outcome): Matrix => ({ ...columns, outsider });

const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
//                                   admin coord lead  supp  uninv board other anon
const PUBLIC = matrix('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok');
const ANY_SIGNED_IN = matrix('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', U);
const READ_A = matrix('ok', 'ok', 'ok', 'ok', 'ok', 'ok', N, U);
const AUDIT_A = matrix('ok', 'ok', F, F, F, F, N, U);
const ADMIN_ONLY = matrix('ok', F, F, F, F, F, F, U);
/** Agencies and accounts are platform records: a coordinator of any partnership may create them. */
const ANY_COORDINATOR = matrix('ok', 'ok', F, F, F, F, 'ok', U);
/** Plan writes and managing the partnership's agencies and members. */
const COORDINATE_A = matrix('ok', 'ok', F, F, F, F, N, U);
/** Progress and milestones on an action led by police and supported by health. */
const REPORT_ON_ACTION = matrix('ok', 'ok', 'ok', 'ok', F, F, N, U);
type ExpectedAudit = Omit<AuditEventRow, 'actorId'>;

const ME_ID = graphql(`query TrustMeId { me { id } }`);
const ADD_MILESTONE = graphql(`mutation TrustAddMilestoneOnA($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }`);
const REPORT_PROGRESS_ID = graphql(`mutation TrustReportProgressOnA($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`);
const CREATE_USER_ID = graphql(`mutation TrustCreateUserId($input: CreateUserInput!) { createUser(input: $input) { id } }`);
const PARTNERSHIP_IDS = graphql(`query TrustPartnershipIds { partnerships { id } }`);
const CREATE_OBJECTIVE = graphql(`mutation TrustCreateObjectiveOnA($input: CreateObjectiveInput!) { createObjective(input: $input) { id } }`);

/** A cell's request and the checks of an allowed caller's data, typed by the request's document. */
interface Prepared<R, V> {
  document: TypedDocumentNode<R, V>;
  variables?: V;
  /** Checks the data an allowed caller gets. */
  verify(data: R, actor: Caller): void | Promise<void>;
  /** Mutations: the rows an allowed call adds (audit_event included); reads and login add none. */
  writes?: Record<string, number>;
  /** Mutations: the audit event an allowed call leaves (its actor is checked too). */
  audit?: (data: R, actor: Caller) => ExpectedAudit;
  /** Edits: the rows a refusal must leave exactly as they were. */
  snapshot?: () => Promise<unknown>;
}

/** A prepared cell as the grid runs it: the types of its document are closed over in `send`. */
interface Cell {
  writes?: Record<string, number>;
  snapshot?: () => Promise<unknown>;
  send(client: GraphqlClient): Promise<Sent>;
}

interface Sent {
  result: GraphqlResult<Record<string, unknown>>;
  verify(actor: Caller): void | Promise<void>;
  audit?(actor: Caller): ExpectedAudit;
}

interface Operation {
  name: string;
  /** Tells several cases of one operation apart in the test names. */
  variant?: string;
  matrix: Matrix;
  /** Builds the rows this cell needs (as the admin) and the request. */
  prepare(): Promise<Cell>;
}

/**
 * The variables as the client's rest parameter. They were checked against V where the cell was
 * written; a conditional rest parameter cannot be resolved for a generic V, hence the cast.
 */
const variablesOf = <V>(variables: V | undefined): VariablesOf<V> => [variables] as VariablesOf<V>;

/** A cell of the grid, its document's result and variable types closed over. */
function cell<R extends Record<string, unknown>, V>(prepared: Prepared<R, V>): Cell {
  return {
    writes: prepared.writes,
    snapshot: prepared.snapshot,
    async send(client) {
      const result = await client.request(prepared.document, ...variablesOf(prepared.variables));
      const data = (): R => {
        if (result.data === null) throw new Error(`No data: ${JSON.stringify(result.errors)}`);
        return result.data;
      };
      const audit = prepared.audit;
      return {
        result,
        verify: (actor) => prepared.verify(data(), actor),
        audit: audit && ((actor) => audit(data(), actor)),
      };
    },
  };
}

describe('trust matrix', () => {
  let server: TestServer;
  let world: World;
  /** Another partnership, with its own members and agencies. */
  let otherWorld: World;
  let adminId: string;
  let other: { partnershipId: string; agencyId: string; coordinator: { id: string; token: string } };
  let outsider: { id: string; token: string };
  let readPlanId: string;
  let readAction: { id: string; ref: string };
  let clients: Record<Caller, GraphqlClient>;

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server, 'Trust A');
    const admin = world.clients.admin;
    adminId = (await admin.ok(ME_ID)).me.id;

    // Another partnership with its own coordinator, members and agencies; a user on none.
    otherWorld = await createWorld(server, 'Trust B');
    other = {
      partnershipId: otherWorld.partnershipId,
      agencyId: otherWorld.agencies.council,
      coordinator: { id: otherWorld.users.coordinator, token: otherWorld.tokens.coordinator },
    };
    outsider = await createUser(server, admin, { name: 'Outsider' });

    // A plan only the read cells look at: one overdue action (due 2025-03-31, 76 days before today),
    // led by police, supported by health, 30 % reported by police.
    const { createDeliveryPlan } = await admin.ok(graphql(`mutation TrustReadPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id } }`), {
      input: { strategyId: world.strategyId, title: 'Read-only plan', startDate: '2024-01-01', endDate: '2026-12-31' },
    });
    readPlanId = createDeliveryPlan.id;
    readAction = await createAction(admin, world, {
      deliveryPlanId: readPlanId,
      ref: '1.1',
      title: 'Train frontline staff',
      leadAgencyId: world.agencies.police,
      supportingAgencyIds: [world.agencies.health],
      dueDate: '2025-03-31',
    });
    await world.clients.police.ok(REPORT_PROGRESS_ID, {
      input: { actionId: readAction.id, reportedOn: '2025-06-01', narrative: 'Two sessions run', percentComplete: 30, status: 'IN_PROGRESS' },
    });

    clients = {
      admin,
      coordinator: world.clients.coordinator,
      leadPartner: world.clients.police,
      supportPartner: world.clients.health,
      uninvolvedPartner: world.clients.voluntary,
      board: world.clients.board,
      otherPartnership: server.as(other.coordinator.token),
      outsider: server.as(outsider.token),
      anonymous: server.as(null),
    };
  }, 120_000);
  afterAll(() => server?.close());

  const userIdOf = (actor: Caller): string | null =>
    ({
      admin: adminId,
      coordinator: world.users.coordinator,
      leadPartner: world.users.police,
      supportPartner: world.users.health,
      uninvolvedPartner: world.users.voluntary,
      board: world.users.board,
      otherPartnership: other.coordinator.id,
      outsider: outsider.id,
      anonymous: null,
    })[actor];

  /** Sees every agency: admins only. Coordinators see their partnership's and shared ones (issues 11 and 14). */
  const seesAllAgencies = (actor: Caller) => actor === 'admin';

  const agenciesOfA = async (): Promise<string[]> =>
    (await server.db.query<{ id: string }>('SELECT agency_id AS id FROM partnership_agency WHERE partnership_id = $1', [world.partnershipId])).rows
      .map((r) => r.id)
      .sort();

  /** A user with no membership anywhere, inserted directly (no password hashing: it never signs in). */
  const bareUser = async (): Promise<string> =>
    (
      await server.db.query<{ id: string }>(`INSERT INTO user_account (email, name, password_hash) VALUES ($1, 'Future Member', 'x') RETURNING id`, [
        `bare.${uniqueSuffix()}@tracker.test`,
      ])
    ).rows[0].id;

  /** An action of plan A led by police and supported by health, built by the admin. */
  const actionOnA = () => createAction(world.clients.admin, world, { leadAgencyId: world.agencies.police, supportingAgencyIds: [world.agencies.health] });

  const rowsOf = async <T extends object = object>(sql: string, params: unknown[]): Promise<T[]> => (await server.db.query<T>(sql, params)).rows;

  // ---------------------------------------------------------------------------------------------
  // Queries

  const QUERIES: Operation[] = [
    {
      name: 'me',
      matrix: withOutsider(ANY_SIGNED_IN, 'ok'),
      prepare: async () =>
        cell({
          document: graphql(`query TrustMe { me { id isAdmin } }`),
          verify: (data, actor) => expect(data.me).toEqual({ id: userIdOf(actor), isAdmin: actor === 'admin' }),
        }),
    },
    {
      name: 'partnerships',
      matrix: withOutsider(ANY_SIGNED_IN, 'ok'),
      prepare: async () =>
        cell({
          document: graphql(`query TrustPartnerships { partnerships { id } }`),
          verify: (data, actor) => {
            const ids = data.partnerships.map((p: { id: string }) => p.id);
            if (actor === 'admin') expect(ids).toEqual(expect.arrayContaining([world.partnershipId, other.partnershipId]));
            else if (actor === 'otherPartnership') expect(ids).toEqual([other.partnershipId]);
            else if (actor === 'outsider') expect(ids).toEqual([]);
            else expect(ids).toEqual([world.partnershipId]);
          },
        }),
    },
    {
      name: 'partnership',
      matrix: withOutsider(READ_A, N),
      prepare: async () =>
        cell({
          document: graphql(`query TrustPartnership($id: ID!) { partnership(id: $id) { id timezone } }`),
          variables: { id: world.partnershipId },
          verify: (data) => expect(data.partnership).toEqual({ id: world.partnershipId, timezone: 'Europe/London' }),
        }),
    },
    {
      name: 'agencies',
      matrix: withOutsider(ANY_SIGNED_IN, 'ok'),
      prepare: async () => {
        const own = await agenciesOfA();
        return cell({
          document: graphql(`query TrustAgencies { agencies { id } }`),
          verify: (data, actor) => {
            const ids = data.agencies.map((a) => a.id);
            if (seesAllAgencies(actor)) expect(ids).toEqual(expect.arrayContaining([...own, other.agencyId]));
            else if (actor === 'coordinator') {
              expect(ids).toEqual(expect.arrayContaining(own));
              expect(ids).not.toContain(other.agencyId);
            } else if (actor === 'otherPartnership') {
              expect(ids).toContain(other.agencyId);
              expect(ids).toEqual(expect.arrayContaining(Object.values(otherWorld.agencies)));
              for (const id of own) expect(ids).not.toContain(id);
            } else if (actor === 'outsider') expect(ids).toEqual([]);
            else expect([...ids].sort()).toEqual(own);
          },
        });
      },
    },
    {
      name: 'agencyByName',
      matrix: ANY_COORDINATOR,
      prepare: async () =>
        cell({
          // Another partnership's own agency, found by its exact name in another case (issue 11).
          document: graphql(`query TrustAgencyByName($name: String!) { agencyByName(name: $name) { id } }`),
          variables: { name: (await server.db.query<{ name: string }>('SELECT upper(name) AS name FROM agency WHERE id = $1', [other.agencyId])).rows[0].name },
          verify: (data) => expect(data.agencyByName).toEqual({ id: other.agencyId }),
        }),
    },
    {
      name: 'strategy',
      matrix: withOutsider(READ_A, N),
      prepare: async () =>
        cell({
          document: graphql(`query TrustStrategy($id: ID!) { strategy(id: $id) { id title partnership { id } } }`),
          variables: { id: world.strategyId },
          verify: (data) => expect(data.strategy).toEqual({ id: world.strategyId, title: 'Modern Slavery Strategy', partnership: { id: world.partnershipId } }),
        }),
    },
    {
      name: 'deliveryPlan',
      matrix: withOutsider(READ_A, N),
      prepare: async () =>
        cell({
          document: graphql(`query TrustDeliveryPlan($id: ID!) { deliveryPlan(id: $id) { id title strategy { id } } }`),
          variables: { id: readPlanId },
          verify: (data) => expect(data.deliveryPlan).toEqual({ id: readPlanId, title: 'Read-only plan', strategy: { id: world.strategyId } }),
        }),
    },
    {
      name: 'action',
      matrix: withOutsider(READ_A, N),
      prepare: async () =>
        cell({
          document: graphql(`query TrustAction($id: ID!) { action(id: $id) { id ref leadAgency { id } supportingAgencies { id } status progress lastReportedOn } }`),
          variables: { id: readAction.id },
          verify: (data) =>
            expect(data.action).toEqual({
              id: readAction.id,
              ref: '1.1',
              leadAgency: { id: world.agencies.police },
              supportingAgencies: [{ id: world.agencies.health }],
              status: 'IN_PROGRESS',
              progress: 30,
              lastReportedOn: '2025-06-01',
            }),
        }),
    },
    {
      name: 'actions',
      matrix: READ_A,
      prepare: async () =>
        cell({
          document: graphql(
            `query TrustActions($plan: ID!) { actions(deliveryPlanId: $plan) { totalCount edges { node { id rag ragReasons } } pageInfo { hasNextPage } } }`,
          ),
          variables: { plan: readPlanId },
          verify: (data) =>
            expect(data.actions).toEqual({
              totalCount: 1,
              edges: [{ node: { id: readAction.id, rag: 'RED', ragReasons: ['OVERDUE'] } }],
              pageInfo: { hasNextPage: false },
            }),
        }),
    },
    {
      name: 'boardReport',
      matrix: READ_A,
      prepare: async () =>
        cell({
          document: graphql(`query TrustBoardReport($plan: ID!) { boardReport(deliveryPlanId: $plan, asOf: "2025-06-15") {
          asOf deliveryPlan { id } partnership { id } overall { total overdue progress } overdueActions { ref daysOverdue } } }`),
          variables: { plan: readPlanId },
          verify: (data) =>
            expect(data.boardReport).toEqual({
              asOf: TODAY,
              deliveryPlan: { id: readPlanId },
              partnership: { id: world.partnershipId },
              overall: { total: 1, overdue: 1, progress: 30 },
              overdueActions: [{ ref: '1.1', daysOverdue: 76 }],
            }),
        }),
    },
    {
      name: 'overdueActions',
      matrix: READ_A,
      prepare: async () =>
        cell({
          document: graphql(
            `query TrustOverdueActions($plan: ID!) { overdueActions(deliveryPlanId: $plan, asOf: "2025-06-15") { ref daysOverdue leadAgency { id } action { id } } }`,
          ),
          variables: { plan: readPlanId },
          verify: (data) =>
            expect(data.overdueActions).toEqual([{ ref: '1.1', daysOverdue: 76, leadAgency: { id: world.agencies.police }, action: { id: readAction.id } }]),
        }),
    },
    {
      name: 'auditEvents',
      matrix: withOutsider(AUDIT_A, F),
      prepare: async () => {
        const [newest] = await rowsOf<AuditEventRow>(
          `SELECT operation, entity_type AS "entityType", entity_id AS "entityId", actor_id AS "actorId"
             FROM audit_event WHERE partnership_id = $1 ORDER BY seq DESC LIMIT 1`,
          [world.partnershipId],
        );
        return cell({
          document: graphql(
            `query TrustAuditEvents($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { operation entityType entityId actor { id } } } } }`,
          ),
          variables: { id: world.partnershipId },
          verify: (data) =>
            expect(data.auditEvents.edges).toEqual([
              { node: { operation: newest.operation, entityType: newest.entityType, entityId: newest.entityId, actor: { id: newest.actorId } } },
            ]),
        });
      },
    },
  ];

  // ---------------------------------------------------------------------------------------------
  // Mutations

  const MUTATIONS: Operation[] = [
    {
      name: 'login',
      matrix: PUBLIC,
      prepare: async () =>
        cell({
          document: graphql(`mutation TrustLogin($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id isAdmin } } }`),
          variables: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
          verify: async (data) => {
            expect(data.login.user).toEqual({ id: adminId, isAdmin: true });
            expect((await server.as(data.login.token).ok(ME_ID)).me.id).toBe(adminId);
          },
          writes: {},
        }),
    },
    {
      name: 'createPartnership',
      matrix: withOutsider(ADMIN_ONLY, F),
      prepare: async () => {
        const slug = `trust-new-${uniqueSuffix()}`;
        return cell({
          document: graphql(
            `mutation TrustCreatePartnership($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug staleAfterDays dueSoonDays } }`,
          ),
          variables: { input: { name: 'New partnership', slug } },
          verify: (data) => expect(data.createPartnership).toEqual({ id: expect.any(String) as unknown, slug, staleAfterDays: 30, dueSoonDays: 30 }),
          writes: { partnership: 1, partnership_settings_version: 1, audit_event: 1 },
          audit: (data) => ({
            operation: 'createPartnership',
            entityType: 'Partnership',
            entityId: data.createPartnership.id,
            partnershipId: data.createPartnership.id,
          }),
        });
      },
    },
    {
      name: 'createAgency',
      matrix: withOutsider(ANY_COORDINATOR, F),
      prepare: async () => {
        const name = `Probation ${uniqueSuffix()}`;
        return cell({
          document: graphql(`mutation TrustCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind } }`),
          variables: { input: { name, kind: 'PROBATION' } },
          verify: (data) => expect(data.createAgency).toEqual({ id: expect.any(String) as unknown, name, kind: 'PROBATION' }),
          writes: { agency: 1, audit_event: 1 },
          // A coordinator's agency belongs to their partnership; an admin's to the platform.
          audit: (data, actor) => ({
            operation: 'createAgency',
            entityType: 'Agency',
            entityId: data.createAgency.id,
            partnershipId: actor === 'coordinator' ? world.partnershipId : actor === 'otherPartnership' ? other.partnershipId : null,
          }),
        });
      },
    },
    {
      name: 'createAgency',
      variant: 'into partnership A',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () =>
        cell({
          document: graphql(`mutation TrustCreateAgencyIntoA($input: CreateAgencyInput!) { createAgency(input: $input) { id kind } }`),
          variables: { input: { name: `Probation ${uniqueSuffix()}`, kind: 'PROBATION', partnershipId: world.partnershipId } },
          verify: (data) => expect(data.createAgency).toEqual({ id: expect.any(String) as unknown, kind: 'PROBATION' }),
          // The agency, its place on the partnership, and an audit event for each.
          writes: { agency: 1, partnership_agency: 1, audit_event: 2 },
          audit: (data) => ({
            operation: 'addAgencyToPartnership',
            entityType: 'PartnershipAgency',
            entityId: `${world.partnershipId}:${data.createAgency.id}`,
            partnershipId: world.partnershipId,
          }),
        }),
    },
    {
      name: 'updateAgency',
      matrix: ADMIN_ONLY,
      prepare: async () => {
        const id = await createAgency(world.clients.admin, `Hope ${uniqueSuffix()}`, 'OTHER', world.partnershipId);
        const name = `Hope for Justice ${uniqueSuffix()}`;
        return cell({
          document: graphql(`mutation TrustUpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name kind } }`),
          variables: { id, input: { name, kind: 'VOLUNTARY' } },
          verify: (data) => expect(data.updateAgency).toEqual({ id, name, kind: 'VOLUNTARY' }),
          writes: { audit_event: 1 },
          audit: () => ({ operation: 'updateAgency', entityType: 'Agency', entityId: id, partnershipId: world.partnershipId }),
          snapshot: async () =>
            (await server.db.query<{ name: string; kind: string; shared: boolean }>('SELECT name, kind, shared FROM agency WHERE id = $1', [id])).rows,
        });
      },
    },
    {
      name: 'mergeAgencies',
      matrix: ADMIN_ONLY,
      prepare: async () => {
        const keepId = await createAgency(world.clients.admin, `Keep ${uniqueSuffix()}`, 'POLICE', world.partnershipId);
        const mergeId = await createAgency(world.clients.admin, `Duplicate ${uniqueSuffix()}`, 'POLICE', world.partnershipId);
        return cell({
          document: graphql(`mutation TrustMergeAgencies($keepId: ID!, $mergeId: ID!) { mergeAgencies(keepId: $keepId, mergeId: $mergeId) { id } }`),
          variables: { keepId, mergeId },
          verify: (data) => expect(data.mergeAgencies).toEqual({ id: keepId }),
          // The duplicate and its place on the partnership go; the agency kept already sits there.
          writes: { agency: -1, partnership_agency: -1, audit_event: 1 },
          audit: () => ({ operation: 'mergeAgencies', entityType: 'Agency', entityId: keepId, partnershipId: world.partnershipId }),
          snapshot: async () => (await server.db.query<{ id: string }>('SELECT id FROM agency WHERE id = ANY($1::uuid[]) ORDER BY id', [[keepId, mergeId]])).rows,
        });
      },
    },
    {
      name: 'addAgencyToPartnership',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () => {
        const agencyId = await createAgency(world.clients.admin, `School ${uniqueSuffix()}`, 'EDUCATION');
        return cell({
          document: graphql(
            `mutation TrustAddAgencyToPartnership($input: AddAgencyToPartnershipInput!) { addAgencyToPartnership(input: $input) { id agencies { id } } }`,
          ),
          variables: { input: { partnershipId: world.partnershipId, agencyId } },
          verify: (data) => {
            expect(data.addAgencyToPartnership.id).toBe(world.partnershipId);
            expect(data.addAgencyToPartnership.agencies).toContainEqual({ id: agencyId });
          },
          writes: { partnership_agency: 1, audit_event: 1 },
          audit: () => ({
            operation: 'addAgencyToPartnership',
            entityType: 'PartnershipAgency',
            entityId: `${world.partnershipId}:${agencyId}`,
            partnershipId: world.partnershipId,
          }),
        });
      },
    },
    {
      name: 'createUser',
      matrix: withOutsider(ANY_COORDINATOR, F),
      prepare: async () => {
        const email = `new.${uniqueSuffix()}@tracker.test`;
        return cell({
          document: graphql(`mutation TrustCreateUser($input: CreateUserInput!) { createUser(input: $input) { id email isAdmin agency { id } } }`),
          variables: { input: { email, name: 'New Person', password: PASSWORD, agencyId: world.agencies.health } },
          verify: (data) => expect(data.createUser).toEqual({ id: expect.any(String) as unknown, email, isAdmin: false, agency: { id: world.agencies.health } }),
          // The invitation row lets its creator (a coordinator) give the account a membership.
          writes: { user_account: 1, user_invitation: 1, audit_event: 1 },
          audit: (data) => ({ operation: 'createUser', entityType: 'User', entityId: data.createUser.id, partnershipId: null }),
        });
      },
    },
    {
      name: 'setMembership',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () => {
        const userId = await bareUser();
        // Coordinators give memberships only to accounts they invited (or members of their partnerships).
        await server.db.query('INSERT INTO user_invitation (inviter_id, user_id) VALUES ($1, $2)', [world.users.coordinator, userId]);
        return cell({
          document: graphql(`mutation TrustSetMembership($input: SetMembershipInput!) { setMembership(input: $input) { role partnership { id } } }`),
          variables: { input: { userId, partnershipId: world.partnershipId, role: 'PARTNER' } },
          verify: (data) => expect(data.setMembership).toEqual({ role: 'PARTNER', partnership: { id: world.partnershipId } }),
          writes: { membership: 1, audit_event: 1 },
          audit: () => ({ operation: 'setMembership', entityType: 'Membership', entityId: `${userId}:${world.partnershipId}`, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM membership WHERE user_id = $1', [userId]),
        });
      },
    },
    {
      name: 'createStrategy',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () =>
        cell({
          document: graphql(`mutation TrustCreateStrategy($input: CreateStrategyInput!) { createStrategy(input: $input) { id title status partnership { id } } }`),
          variables: { input: { partnershipId: world.partnershipId, title: 'Next strategy', startDate: '2028-01-01', endDate: '2030-12-31' } },
          verify: (data) =>
            expect(data.createStrategy).toEqual({
              id: expect.any(String) as unknown,
              title: 'Next strategy',
              status: 'DRAFT',
              partnership: { id: world.partnershipId },
            }),
          writes: { strategy: 1, audit_event: 1 },
          audit: (data) => ({ operation: 'createStrategy', entityType: 'Strategy', entityId: data.createStrategy.id, partnershipId: world.partnershipId }),
        }),
    },
    {
      name: 'createObjective',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () => {
        const code = `PT-${uniqueSuffix()}`;
        return cell({
          document: graphql(`mutation TrustCreateObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { id code pillar strategy { id } } }`),
          variables: { input: { strategyId: world.strategyId, pillar: 'PROTECT', code, title: 'Support survivors' } },
          verify: (data) => expect(data.createObjective).toEqual({ id: expect.any(String) as unknown, code, pillar: 'PROTECT', strategy: { id: world.strategyId } }),
          writes: { objective: 1, objective_version: 1, audit_event: 1 },
          audit: (data) => ({ operation: 'createObjective', entityType: 'Objective', entityId: data.createObjective.id, partnershipId: world.partnershipId }),
        });
      },
    },
    {
      name: 'createDeliveryPlan',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () =>
        cell({
          document: graphql(
            `mutation TrustCreateDeliveryPlan($input: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $input) { id startDate endDate strategy { id } } }`,
          ),
          variables: { input: { strategyId: world.strategyId, title: 'Year 2 plan', startDate: '2025-04-01', endDate: '2026-03-31' } },
          verify: (data) =>
            expect(data.createDeliveryPlan).toEqual({
              id: expect.any(String) as unknown,
              startDate: '2025-04-01',
              endDate: '2026-03-31',
              strategy: { id: world.strategyId },
            }),
          writes: { delivery_plan: 1, audit_event: 1 },
          audit: (data) => ({
            operation: 'createDeliveryPlan',
            entityType: 'DeliveryPlan',
            entityId: data.createDeliveryPlan.id,
            partnershipId: world.partnershipId,
          }),
        }),
    },
    {
      name: 'createAction',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () => {
        const ref = `P-${uniqueSuffix()}`;
        return cell({
          document: graphql(
            `mutation TrustCreateAction($input: CreateActionInput!) { createAction(input: $input) { id ref version leadAgency { id } supportingAgencies { id } status } }`,
          ),
          variables: {
            input: {
              deliveryPlanId: world.planId,
              objectiveId: world.objectives.pursue,
              ref,
              title: 'Joint operation',
              leadAgencyId: world.agencies.police,
              supportingAgencyIds: [world.agencies.council],
              dueDate: '2026-03-31',
            },
          },
          verify: (data) =>
            expect(data.createAction).toEqual({
              id: expect.any(String) as unknown,
              ref,
              version: 1,
              leadAgency: { id: world.agencies.police },
              supportingAgencies: [{ id: world.agencies.council }],
              status: 'NOT_STARTED',
            }),
          writes: { action: 1, action_version: 1, action_supporting_agency: 1, action_supporting_version: 1, audit_event: 1 },
          audit: (data) => ({ operation: 'createAction', entityType: 'Action', entityId: data.createAction.id, partnershipId: world.partnershipId }),
        });
      },
    },
    {
      name: 'updateAction',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () => {
        const action = await actionOnA();
        return cell({
          document: graphql(
            `mutation TrustUpdateAction($id: ID!, $version: Int!, $input: UpdateActionInput!) { updateAction(id: $id, version: $version, input: $input) { id title version } }`,
          ),
          variables: { id: action.id, version: action.version, input: { title: 'Renamed action' } },
          verify: (data) => expect(data.updateAction).toEqual({ id: action.id, title: 'Renamed action', version: action.version + 1 }),
          // The action has been in the plan since 2024: the renaming opens a version from today.
          writes: { action_version: 1, audit_event: 1 },
          audit: () => ({ operation: 'updateAction', entityType: 'Action', entityId: action.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM action WHERE id = $1', [action.id]),
        });
      },
    },
    {
      name: 'addMilestone',
      matrix: withOutsider(COORDINATE_A, F),
      prepare: async () => {
        const action = await actionOnA();
        return cell({
          document: graphql(`mutation TrustAddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueDate completedOn action { id } } }`),
          variables: { input: { actionId: action.id, title: 'Training delivered', dueDate: '2025-09-30' } },
          verify: (data) =>
            expect(data.addMilestone).toEqual({
              id: expect.any(String) as unknown,
              title: 'Training delivered',
              dueDate: '2025-09-30',
              completedOn: null,
              action: { id: action.id },
            }),
          writes: { milestone: 1, milestone_version: 1, audit_event: 1 },
          audit: (data) => ({ operation: 'addMilestone', entityType: 'Milestone', entityId: data.addMilestone.id, partnershipId: world.partnershipId }),
        });
      },
    },
    {
      name: 'completeMilestone',
      matrix: REPORT_ON_ACTION,
      prepare: async () => {
        const action = await actionOnA();
        const { addMilestone } = await world.clients.admin.ok(ADD_MILESTONE, { input: { actionId: action.id, title: 'Venue booked', dueDate: '2025-07-31' } });
        return cell({
          document: graphql(`mutation TrustCompleteMilestone($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id completedOn overdue } }`),
          variables: { id: addMilestone.id, on: '2025-06-01' },
          verify: (data) => expect(data.completeMilestone).toEqual({ id: addMilestone.id, completedOn: '2025-06-01', overdue: false }),
          writes: { audit_event: 1 },
          audit: () => ({ operation: 'completeMilestone', entityType: 'Milestone', entityId: addMilestone.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM milestone WHERE id = $1', [addMilestone.id]),
        });
      },
    },
    {
      name: 'reportProgress',
      matrix: REPORT_ON_ACTION,
      prepare: async () => {
        const action = await actionOnA();
        return cell({
          document: graphql(`mutation TrustReportProgress($input: ReportProgressInput!) {
            reportProgress(input: $input) { id reportedOn percentComplete status author { id } action { id status progress } }
          }`),
          variables: { input: { actionId: action.id, narrative: 'Sessions booked', percentComplete: 25, status: 'IN_PROGRESS' } },
          verify: (data, actor) =>
            expect(data.reportProgress).toEqual({
              id: expect.any(String) as unknown,
              reportedOn: TODAY,
              percentComplete: 25,
              status: 'IN_PROGRESS',
              author: { id: userIdOf(actor) },
              action: { id: action.id, status: 'IN_PROGRESS', progress: 25 },
            }),
          writes: { progress_update: 1, audit_event: 1 },
          audit: (data) => ({ operation: 'reportProgress', entityType: 'ProgressUpdate', entityId: data.reportProgress.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM action WHERE id = $1', [action.id]),
        });
      },
    },
    // Issue 16's reporting rounds (beyond the contract).
    {
      name: 'createReportingRound',
      matrix: COORDINATE_A,
      prepare: async () => {
        // A plan of its own each time: a second round on one plan in the same window is refused as an overlap.
        const planned = await createPlan(world, `Rounds ${uniqueSuffix()}`);
        await createAction(world.clients.admin, planned, { leadAgencyId: world.agencies.police });
        return cell({
          document: graphql(
            `mutation TrustCreateReportingRound($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id opensOn graceEndsOn state } }`,
          ),
          variables: { input: { deliveryPlanId: planned.planId, opensOn: '2025-06-02', deadline: '2025-06-20', graceWorkingDays: 1 } },
          // Friday 20 June + 1 working day → Monday 23 June.
          verify: (data) =>
            expect(data.createReportingRound).toEqual({ id: expect.any(String) as unknown, opensOn: '2025-06-02', graceEndsOn: '2025-06-23', state: 'OPEN' }),
          writes: { reporting_round: 1, reporting_round_action: 1, audit_event: 1 },
          audit: (data) => ({
            operation: 'createReportingRound',
            entityType: 'ReportingRound',
            entityId: data.createReportingRound.id,
            partnershipId: world.partnershipId,
          }),
        });
      },
    },
    {
      name: 'confirmNoChange',
      matrix: REPORT_ON_ACTION,
      prepare: async () => {
        const action = await actionOnA();
        return cell({
          document: graphql(`mutation TrustConfirmNoChange($id: ID!) { confirmNoChange(actionId: $id) { id noChange status percentComplete action { id } } }`),
          variables: { id: action.id },
          verify: (data) =>
            expect(data.confirmNoChange).toEqual({
              id: expect.any(String) as unknown,
              noChange: true,
              status: 'NOT_STARTED',
              percentComplete: 0,
              action: { id: action.id },
            }),
          writes: { progress_update: 1, audit_event: 1 },
          audit: (data) => ({ operation: 'confirmNoChange', entityType: 'ProgressUpdate', entityId: data.confirmNoChange.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM action WHERE id = $1', [action.id]),
        });
      },
    },
    {
      name: 'acknowledgeReturn',
      matrix: COORDINATE_A,
      prepare: async () => {
        const action = await actionOnA();
        const { reportProgress } = await world.clients.admin.ok(REPORT_PROGRESS_ID, {
          input: { actionId: action.id, narrative: 'Sessions booked', percentComplete: 25, status: 'IN_PROGRESS' },
        });
        return cell({
          document: graphql(`mutation TrustAcknowledgeReturn($id: ID!) { acknowledgeReturn(progressUpdateId: $id) { id acknowledged } }`),
          variables: { id: reportProgress.id },
          verify: (data) => expect(data.acknowledgeReturn).toEqual({ id: reportProgress.id, acknowledged: true }),
          writes: { return_acknowledgement: 1, audit_event: 1 },
          audit: () => ({ operation: 'acknowledgeReturn', entityType: 'ProgressUpdate', entityId: reportProgress.id, partnershipId: world.partnershipId }),
        });
      },
    },
    // Issue 15's published board packs (beyond the contract).
    {
      name: 'saveBoardPackCommentary',
      matrix: COORDINATE_A,
      prepare: async () => {
        const plan = await createPlan(world, `Commentary plan ${uniqueSuffix()}`);
        return cell({
          document: graphql(
            `mutation TrustSaveBoardPackCommentary($input: SaveBoardPackCommentaryInput!) { saveBoardPackCommentary(input: $input) { deliveryPlanId version summary } }`,
          ),
          variables: { input: { deliveryPlanId: plan.planId, version: 0, summary: 'On track', prevent: '', pursue: '', protect: '', prepare: '' } },
          verify: (data) => expect(data.saveBoardPackCommentary).toEqual({ deliveryPlanId: plan.planId, version: 1, summary: 'On track' }),
          writes: { board_pack_commentary: 1, audit_event: 1 },
          audit: () => ({
            operation: 'saveBoardPackCommentary',
            entityType: 'BoardPackCommentary',
            entityId: expect.any(String) as string,
            partnershipId: world.partnershipId,
          }),
          snapshot: () => rowsOf('SELECT * FROM board_pack_commentary WHERE delivery_plan_id = $1', [plan.planId]),
        });
      },
    },
    {
      name: 'publishBoardPack',
      matrix: COORDINATE_A,
      prepare: async () => {
        const plan = await createPlan(world, `Published plan ${uniqueSuffix()}`);
        return cell({
          document: graphql(`mutation TrustPublishBoardPack($input: PublishBoardPackInput!) { publishBoardPack(input: $input) { id deliveryPlanId version asOf } }`),
          variables: { input: { deliveryPlanId: plan.planId, asOf: TODAY } },
          verify: (data) => expect(data.publishBoardPack).toEqual({ id: expect.any(String) as unknown, deliveryPlanId: plan.planId, version: 1, asOf: TODAY }),
          writes: { published_board_pack: 1, audit_event: 1 },
          audit: (data) => ({
            operation: 'publishBoardPack',
            entityType: 'PublishedBoardPack',
            entityId: data.publishBoardPack.id,
            partnershipId: world.partnershipId,
          }),
          snapshot: () => rowsOf('SELECT id, version FROM published_board_pack WHERE delivery_plan_id = $1', [plan.planId]),
        });
      },
    },
    // Issue 13's account mutations (beyond the contract).
    {
      name: 'removeMembership',
      matrix: COORDINATE_A,
      prepare: async () => {
        const userId = await bareUser();
        await server.db.query(`INSERT INTO membership (user_id, partnership_id, role) VALUES ($1, $2, 'PARTNER')`, [userId, world.partnershipId]);
        return cell({
          document: graphql(
            `mutation TrustRemoveMembership($userId: ID!, $partnershipId: ID!) { removeMembership(userId: $userId, partnershipId: $partnershipId) }`,
          ),
          variables: { userId, partnershipId: world.partnershipId },
          verify: (data) => expect(data.removeMembership).toBe(true),
          writes: { membership: -1, audit_event: 1 },
          audit: () => ({
            operation: 'removeMembership',
            entityType: 'Membership',
            entityId: `${userId}:${world.partnershipId}`,
            partnershipId: world.partnershipId,
          }),
          snapshot: () => rowsOf('SELECT * FROM membership WHERE user_id = $1', [userId]),
        });
      },
    },
    {
      name: 'deactivateUser',
      matrix: COORDINATE_A,
      prepare: async () => {
        const userId = await bareUser();
        await server.db.query(`INSERT INTO membership (user_id, partnership_id, role) VALUES ($1, $2, 'PARTNER')`, [userId, world.partnershipId]);
        return cell({
          document: graphql(`mutation TrustDeactivateUser($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }`),
          variables: { id: userId },
          verify: (data) => expect(data.deactivateUser).toEqual({ id: userId, deactivatedAt: expect.any(String) as unknown }),
          writes: { audit_event: 1 },
          audit: () => ({ operation: 'deactivateUser', entityType: 'User', entityId: userId, partnershipId: null }),
          snapshot: () => rowsOf('SELECT * FROM user_account WHERE id = $1', [userId]),
        });
      },
    },
    {
      // Last: it changes the callers' passwords (nothing after it signs in with the fixtures' passwords).
      name: 'changePassword',
      matrix: ANY_SIGNED_IN,
      prepare: async () => {
        const current = `temporary-${uniqueSuffix()}`;
        const hash = await argon2.hash(current);
        const ids = ACTORS.map(userIdOf).filter((id): id is string => id !== null);
        await server.db.query('UPDATE user_account SET password_hash = $1 WHERE id = ANY($2::uuid[])', [hash, ids]);
        return cell({
          document: graphql(`mutation TrustChangePassword($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`),
          variables: { current, next: `${current}-changed` },
          verify: (data) => expect(data.changePassword).toBe(true),
          writes: { audit_event: 1 },
          audit: () => ({ operation: 'changePassword', entityType: 'User', entityId: expect.any(String) as string, partnershipId: null }),
          snapshot: () => rowsOf('SELECT id, password_hash FROM user_account WHERE id = ANY($1::uuid[]) ORDER BY id', [ids]),
        });
      },
    },
  ];

  // ---------------------------------------------------------------------------------------------
  // Editing and retiring the plan (issue 13), beyond the contract.

  const milestoneOnA = async (completedOn?: string) => {
    const action = await actionOnA();
    const { addMilestone } = await world.clients.admin.ok(ADD_MILESTONE, {
      input: { actionId: action.id, title: 'Venue booked', dueDate: '2025-07-31', inPlanSince: '2024-01-01' },
    });
    if (completedOn) {
      await world.clients.admin.ok(graphql(`mutation TrustCompleteMilestoneOnA($id: ID!, $on: Date) { completeMilestone(id: $id, completedOn: $on) { id } }`), {
        id: addMilestone.id,
        on: completedOn,
      });
    }
    return { action, milestone: addMilestone };
  };

  const PLAN_HISTORY_MUTATIONS: Operation[] = [
    {
      name: 'updatePartnership',
      matrix: COORDINATE_A,
      prepare: async () => {
        const name = `Trust A renamed ${uniqueSuffix()}`;
        return cell({
          document: graphql(
            `mutation TrustUpdatePartnership($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { id name staleAfterDays } }`,
          ),
          variables: { id: world.partnershipId, input: { name } },
          verify: (data) => expect(data.updatePartnership).toEqual({ id: world.partnershipId, name, staleAfterDays: 30 }),
          writes: { audit_event: 1 },
          audit: () => ({ operation: 'updatePartnership', entityType: 'Partnership', entityId: world.partnershipId, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM partnership WHERE id = $1', [world.partnershipId]),
        });
      },
    },
    {
      name: 'updateStrategy',
      matrix: COORDINATE_A,
      prepare: async () => {
        const title = `Strategy ${uniqueSuffix()}`;
        return cell({
          document: graphql(`mutation TrustUpdateStrategy($id: ID!, $input: UpdateStrategyInput!) { updateStrategy(id: $id, input: $input) { id title status } }`),
          variables: { id: world.strategyId, input: { title, status: 'ACTIVE' } },
          verify: (data) => expect(data.updateStrategy).toEqual({ id: world.strategyId, title, status: 'ACTIVE' }),
          writes: { audit_event: 1 },
          audit: () => ({ operation: 'updateStrategy', entityType: 'Strategy', entityId: world.strategyId, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM strategy WHERE id = $1', [world.strategyId]),
        });
      },
    },
    {
      name: 'updateObjective',
      matrix: COORDINATE_A,
      prepare: async () => {
        const title = `Objective ${uniqueSuffix()}`;
        const { createObjective: objective } = await world.clients.admin.ok(CREATE_OBJECTIVE, {
          input: { strategyId: world.strategyId, pillar: 'PREPARE', code: `UP${uniqueSuffix().slice(0, 6)}`, title: 'To rename' },
        });
        return cell({
          document: graphql(`mutation TrustUpdateObjective($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(id: $id, input: $input) { id title } }`),
          variables: { id: objective.id, input: { title } },
          verify: (data) => expect(data.updateObjective).toEqual({ id: objective.id, title }),
          // A new version of its history from today.
          writes: { objective_version: 1, audit_event: 1 },
          audit: () => ({ operation: 'updateObjective', entityType: 'Objective', entityId: objective.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM objective WHERE id = $1', [objective.id]),
        });
      },
    },
    {
      name: 'removeObjective',
      matrix: COORDINATE_A,
      prepare: async () => {
        const { createObjective } = await world.clients.admin.ok(CREATE_OBJECTIVE, {
          input: { strategyId: world.strategyId, pillar: 'PREPARE', code: `RM${uniqueSuffix().slice(0, 6)}`, title: 'Unused' },
        });
        return cell({
          document: graphql(`mutation TrustRemoveObjective($id: ID!) { removeObjective(id: $id) }`),
          variables: { id: createObjective.id },
          verify: (data) => expect(data.removeObjective).toBe(true),
          writes: { objective_version: 1, audit_event: 1 },
          audit: () => ({ operation: 'removeObjective', entityType: 'Objective', entityId: createObjective.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM objective WHERE id = $1', [createObjective.id]),
        });
      },
    },
    {
      name: 'updateDeliveryPlan',
      matrix: COORDINATE_A,
      prepare: async () => {
        const title = `Plan ${uniqueSuffix()}`;
        return cell({
          document: graphql(
            `mutation TrustUpdateDeliveryPlan($id: ID!, $input: UpdateDeliveryPlanInput!) { updateDeliveryPlan(id: $id, input: $input) { id title } }`,
          ),
          variables: { id: world.planId, input: { title } },
          verify: (data) => expect(data.updateDeliveryPlan).toEqual({ id: world.planId, title }),
          writes: { audit_event: 1 },
          audit: () => ({ operation: 'updateDeliveryPlan', entityType: 'DeliveryPlan', entityId: world.planId, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM delivery_plan WHERE id = $1', [world.planId]),
        });
      },
    },
    {
      name: 'removeAction',
      matrix: COORDINATE_A,
      prepare: async () => {
        const action = await actionOnA();
        return cell({
          document: graphql(`mutation TrustRemoveAction($id: ID!, $reason: String!) { removeAction(id: $id, reason: $reason) }`),
          variables: { id: action.id, reason: 'Entered twice' },
          verify: (data) => expect(data.removeAction).toBe(true),
          writes: { action_version: 1, audit_event: 1 },
          audit: () => ({ operation: 'removeAction', entityType: 'Action', entityId: action.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM action WHERE id = $1', [action.id]),
        });
      },
    },
    {
      name: 'updateMilestone',
      matrix: COORDINATE_A,
      prepare: async () => {
        const { milestone } = await milestoneOnA();
        return cell({
          document: graphql(
            `mutation TrustUpdateMilestone($id: ID!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, input: $input) { id dueDate version } }`,
          ),
          variables: { id: milestone.id, input: { dueDate: '2025-10-31', version: milestone.version } },
          verify: (data) => expect(data.updateMilestone).toEqual({ id: milestone.id, dueDate: '2025-10-31', version: milestone.version + 1 }),
          writes: { milestone_version: 1, audit_event: 1 },
          audit: () => ({ operation: 'updateMilestone', entityType: 'Milestone', entityId: milestone.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM milestone WHERE id = $1', [milestone.id]),
        });
      },
    },
    {
      name: 'reopenMilestone',
      matrix: REPORT_ON_ACTION,
      prepare: async () => {
        const { milestone } = await milestoneOnA('2025-06-01');
        return cell({
          document: graphql(`mutation TrustReopenMilestone($id: ID!) { reopenMilestone(id: $id) { id completedOn } }`),
          variables: { id: milestone.id },
          verify: (data) => expect(data.reopenMilestone).toEqual({ id: milestone.id, completedOn: null }),
          writes: { milestone_version: 1, audit_event: 1 },
          audit: () => ({ operation: 'reopenMilestone', entityType: 'Milestone', entityId: milestone.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM milestone WHERE id = $1', [milestone.id]),
        });
      },
    },
    {
      name: 'removeMilestone',
      matrix: COORDINATE_A,
      prepare: async () => {
        const { milestone } = await milestoneOnA();
        return cell({
          document: graphql(`mutation TrustRemoveMilestone($id: ID!) { removeMilestone(id: $id) }`),
          variables: { id: milestone.id },
          verify: (data) => expect(data.removeMilestone).toBe(true),
          writes: { milestone_version: 1, audit_event: 1 },
          audit: () => ({ operation: 'removeMilestone', entityType: 'Milestone', entityId: milestone.id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM milestone WHERE id = $1', [milestone.id]),
        });
      },
    },
    {
      name: 'createBoardMeeting',
      matrix: COORDINATE_A,
      prepare: async () =>
        cell({
          document: graphql(`mutation TrustCreateBoardMeeting($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id title date } }`),
          variables: { input: { partnershipId: world.partnershipId, title: 'Board, Q2 2025', date: '2025-06-30' } },
          verify: (data) => expect(data.createBoardMeeting).toEqual({ id: expect.any(String) as unknown, title: 'Board, Q2 2025', date: '2025-06-30' }),
          writes: { board_meeting: 1, audit_event: 1 },
          audit: (data) => ({
            operation: 'createBoardMeeting',
            entityType: 'BoardMeeting',
            entityId: data.createBoardMeeting.id,
            partnershipId: world.partnershipId,
          }),
        }),
    },
    {
      name: 'updateBoardMeeting',
      matrix: COORDINATE_A,
      prepare: async () => {
        const id = await meetingOnA();
        return cell({
          document: graphql(
            `mutation TrustUpdateBoardMeeting($id: ID!, $input: UpdateBoardMeetingInput!) { updateBoardMeeting(id: $id, input: $input) { id date version } }`,
          ),
          variables: { id, input: { date: '2025-07-07', version: 1 } },
          verify: (data) => expect(data.updateBoardMeeting).toEqual({ id, date: '2025-07-07', version: 2 }),
          writes: { audit_event: 1 },
          audit: () => ({ operation: 'updateBoardMeeting', entityType: 'BoardMeeting', entityId: id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM board_meeting WHERE id = $1', [id]),
        });
      },
    },
    {
      name: 'removeBoardMeeting',
      matrix: COORDINATE_A,
      prepare: async () => {
        const id = await meetingOnA();
        return cell({
          document: graphql(`mutation TrustRemoveBoardMeeting($id: ID!) { removeBoardMeeting(id: $id) }`),
          variables: { id },
          verify: (data) => expect(data.removeBoardMeeting).toBe(true),
          writes: { board_meeting: -1, audit_event: 1 },
          audit: () => ({ operation: 'removeBoardMeeting', entityType: 'BoardMeeting', entityId: id, partnershipId: world.partnershipId }),
          snapshot: () => rowsOf('SELECT * FROM board_meeting WHERE id = $1', [id]),
        });
      },
    },
  ];

  const meetingOnA = async (): Promise<string> =>
    (
      await world.clients.admin.ok(graphql(`mutation TrustMeetingOnA($input: CreateBoardMeetingInput!) { createBoardMeeting(input: $input) { id } }`), {
        input: { partnershipId: world.partnershipId, title: 'Board', date: '2025-03-31' },
      })
    ).createBoardMeeting.id;

  const PLAN_HISTORY_QUERIES: Operation[] = [
    {
      name: 'boardMeetings',
      matrix: READ_A,
      prepare: async () =>
        cell({
          document: graphql(`query TrustBoardMeetings($p: ID!) { boardMeetings(partnershipId: $p) { id date } }`),
          variables: { p: world.partnershipId },
          verify: (data) => expect(Array.isArray(data.boardMeetings)).toBe(true),
        }),
    },
  ];

  // ---------------------------------------------------------------------------------------------
  // Tenancy in depth: sign-in, admin accounts, and what one partnership's members see of another.
  // Before the grid: its changePassword cells end the sessions these use.

  describe('login', () => {
    it.each<[Caller]>([['admin'], ['coordinator'], ['leadPartner'], ['board'], ['otherPartnership'], ['outsider'], ['anonymous']])(
      'signs in whoever calls it, even with %s as the current session',
      async (actor) => {
        const email = `login.${uniqueSuffix()}@tracker.test`;
        const { createUser: user } = await world.clients.admin.ok(CREATE_USER_ID, { input: { email, name: 'Signing In', password: PASSWORD } });
        const result = await clients[actor].request(
          graphql(`mutation TrustLoginAnySession($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id } } }`),
          { email, password: PASSWORD },
        );
        expect(result.errors).toBeUndefined();
        expect(result.data!.login.user.id).toBe(user.id);
        expect((await server.as(result.data!.login.token).ok(ME_ID)).me.id).toBe(user.id);
      },
    );
  });

  describe('createUser', () => {
    it.each<[Caller]>([['coordinator'], ['otherPartnership']])('rejects an admin account when created by %s (FORBIDDEN)', async (actor) => {
      const before = await rowCounts(server, ['user_account', 'audit_event']);
      const result = await clients[actor].request(CREATE_USER_ID, {
        input: { email: `admin.${uniqueSuffix()}@tracker.test`, name: 'Would-be Admin', password: PASSWORD, isAdmin: true },
      });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(await rowCounts(server, ['user_account', 'audit_event'])).toEqual(before);
    });

    it('creates an admin account when created by an admin', async () => {
      const { createUser: user } = await world.clients.admin.ok(
        graphql(`mutation TrustCreateAdmin($input: CreateUserInput!) { createUser(input: $input) { id isAdmin } }`),
        { input: { email: `admin.${uniqueSuffix()}@tracker.test`, name: 'Second Admin', password: PASSWORD, isAdmin: true } },
      );
      expect(user.isAdmin).toBe(true);
      expect(await auditRows(server, { operation: 'createUser', entityType: 'User', entityId: user.id, actorId: adminId })).toBe(1);
    });
  });

  describe('partnerships', () => {
    it.each<[Caller]>([['coordinator'], ['leadPartner'], ['board']])('lists only the partnerships of %s', async (actor) => {
      const data = await clients[actor].ok(PARTNERSHIP_IDS);
      expect(data.partnerships).toEqual([{ id: world.partnershipId }]);
    });

    it('lists a partnership for a user added to it, and no other', async () => {
      const user = await createUser(server, world.clients.admin, {
        name: 'Two Hats',
        partnershipId: otherWorld.partnershipId,
        role: 'BOARD_MEMBER',
      });
      const data = await server.as(user.token).ok(PARTNERSHIP_IDS);
      expect(data.partnerships).toEqual([{ id: otherWorld.partnershipId }]);
    });
  });

  describe('partnership', () => {
    const PARTNERSHIP_ID = graphql(`query TrustPartnershipId($id: ID!) { partnership(id: $id) { id } }`);

    it.each<[Caller]>([['coordinator'], ['leadPartner'], ['board']])('rejects another partnership when asked by %s (NOT_FOUND, data null)', async (actor) => {
      const result = await clients[actor].request(graphql(`query TrustOtherPartnership($id: ID!) { partnership(id: $id) { id name } }`), {
        id: otherWorld.partnershipId,
      });
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
      expect(result.data).toEqual({ partnership: null });
    });

    it('answers the same for another partnership as for one that does not exist', async () => {
      const other = await world.clients.coordinator.request(PARTNERSHIP_ID, { id: otherWorld.partnershipId });
      const missing = await world.clients.coordinator.request(PARTNERSHIP_ID, { id: '00000000-0000-4000-8000-000000000000' });
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(other.data).toEqual(missing.data);
    });

    it.each<[Caller]>([['coordinator'], ['leadPartner'], ['board']])('reads partnership → strategies → deliveryPlans → actions when asked by %s', async (actor) => {
      const first = await createAction(world.clients.coordinator, world, { ref: `N-${uniqueSuffix()}` });
      const result = await clients[actor].request(
        graphql(
          `query TrustPartnershipTree($id: ID!) { partnership(id: $id) { id agencies { id } strategies { id deliveryPlans { id actions { id ref leadAgency { id } } } } } }`,
        ),
        { id: world.partnershipId },
      );
      expect(result.errors).toBeUndefined();
      const partnership = result.data!.partnership!;
      expect(partnership.id).toBe(world.partnershipId);
      expect(partnership.agencies.map((a) => a.id)).toEqual(expect.arrayContaining(Object.values(world.agencies)));
      const strategy = partnership.strategies.find((s) => s.id === world.strategyId)!;
      const plan = strategy.deliveryPlans.find((p) => p.id === world.planId)!;
      expect(plan.actions).toContainEqual({ id: first.id, ref: first.ref, leadAgency: { id: world.agencies.police } });
    });
  });

  describe('agencies', () => {
    it.each<[Caller]>([['leadPartner'], ['board']])('lists only the agencies of the partnerships of %s', async (actor) => {
      const data = await clients[actor].ok(graphql(`query TrustAgencyIds { agencies { id } }`));
      const ids = data.agencies.map((a) => a.id);
      expect(ids).toEqual(expect.arrayContaining(Object.values(world.agencies)));
      for (const agencyId of Object.values(otherWorld.agencies)) expect(ids).not.toContain(agencyId);
    });
  });

  describe('User.memberships', () => {
    const SET_MEMBERSHIP = graphql(`mutation TrustSetMembershipOf($input: SetMembershipInput!) { setMembership(input: $input) { role } }`);

    it('does not reveal a partnership the reader does not belong to', async () => {
      // A user on both partnerships, lead officer of one of B's actions, read by B's coordinator.
      const both = await createUser(server, world.clients.admin, {
        name: 'Shared Officer',
        agencyId: otherWorld.agencies.police,
        partnershipId: world.partnershipId,
        role: 'PARTNER',
      });
      await world.clients.admin.ok(SET_MEMBERSHIP, { input: { userId: both.id, partnershipId: otherWorld.partnershipId, role: 'PARTNER' } });
      const action = await createAction(otherWorld.clients.coordinator, otherWorld, { leadOfficerId: both.id });

      const seenByB = await otherWorld.clients.coordinator.ok(
        graphql(`query TrustLeadOfficerMemberships($id: ID!) { action(id: $id) { leadOfficer { id memberships { role partnership { id } } } } }`),
        { id: action.id },
      );
      expect(seenByB.action!.leadOfficer).toEqual({ id: both.id, memberships: [{ role: 'PARTNER', partnership: { id: otherWorld.partnershipId } }] });

      const seenByThemself = await server.as(both.token).ok(graphql(`query TrustOwnMemberships { me { memberships { partnership { id } } } }`));
      expect(seenByThemself.me.memberships.map((m) => m.partnership.id).sort()).toEqual([world.partnershipId, otherWorld.partnershipId].sort());
    });

    it("does not reveal a partnership through the audit trail's actors", async () => {
      // An actor who coordinates both A and B, seen in A's trail by A's coordinator.
      const third = await createUser(server, world.clients.admin, {
        name: 'Third Coordinator',
        agencyId: world.agencies.council,
        partnershipId: otherWorld.partnershipId,
        role: 'COORDINATOR',
      });
      await world.clients.admin.ok(SET_MEMBERSHIP, { input: { userId: third.id, partnershipId: world.partnershipId, role: 'COORDINATOR' } });
      const action = await createAction(server.as(third.token), world);
      const data = await world.clients.coordinator.ok(
        graphql(
          `query TrustAuditActorMemberships($id: ID!) { auditEvents(partnershipId: $id, first: 1) { edges { node { entityId actor { id memberships { partnership { id } } } } } } }`,
        ),
        { id: world.partnershipId },
      );
      expect(data.auditEvents.edges).toEqual([
        { node: { entityId: action.id, actor: { id: third.id, memberships: [{ partnership: { id: world.partnershipId } }] } } },
      ]);
    });
  });

  // ---------------------------------------------------------------------------------------------
  // The grid

  it('covers every query and mutation of the contract (and operations beyond it)', () => {
    expect(QUERIES.map((q) => q.name)).toEqual(expect.arrayContaining([...CONTRACT_QUERIES]));
    expect(MUTATIONS.map((m) => m.name)).toEqual(expect.arrayContaining([...CONTRACT_MUTATIONS]));
  });

  /** The eight callers, then the outsider where the operation has a cell for them. */
  const callersOf = (m: Matrix): Caller[] => (m.outsider ? [...ACTORS, 'outsider'] : [...ACTORS]);
  const cells = (operations: readonly Operation[]) =>
    operations.flatMap((op) => callersOf(op.matrix).map((actor) => [op.variant ? `${op.name} (${op.variant})` : op.name, actor, op.matrix[actor]!, op] as const));

  describe.each([
    ['query', [...QUERIES, ...PLAN_HISTORY_QUERIES]],
    // changePassword last: it ends the sessions the other cells use.
    ['mutation', [...MUTATIONS.filter((m) => m.name !== 'changePassword'), ...PLAN_HISTORY_MUTATIONS, ...MUTATIONS.filter((m) => m.name === 'changePassword')]],
  ] as const)('%s', (kind, operations) => {
    it.each(cells(operations))('%s × %s → %s', async (_title, actor, outcome, op) => {
      const prepared = await op.prepare();
      const rowsBefore = await prepared.snapshot?.();
      const before = await countAllTables(server);
      const sent = await prepared.send(clients[actor]);
      const result = sent.result;
      const changes = countChanges(before, await countAllTables(server));

      expect(result.status).toBeLessThan(500);
      if (outcome === 'ok') {
        expect(result.errors).toBeUndefined();
        await sent.verify(actor);
        if (kind === 'query') {
          expect(changes).toEqual({});
        } else {
          // Every write moves its partnership's (or the platform's) change counter: cached reads depend on it.
          const { data_version: counted, ...writes } = changes;
          expect(writes).toEqual(prepared.writes);
          if (Object.keys(prepared.writes ?? {}).length > 0) expect(counted).toBeGreaterThan(0);
          else expect(counted).toBeUndefined();
        }
        if (sent.audit) {
          const [event] = await latestAuditEvents(server);
          expect(event).toEqual({ ...sent.audit(actor), actorId: userIdOf(actor) });
        }
      } else {
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
        expect(result.data?.[op.name] ?? null).toBeNull();
        // Every mutation's field is non-null: a refused one nulls the whole answer.
        if (kind === 'mutation') expect(result.data).toBeNull();
        expect(changes).toEqual({});
        if (prepared.snapshot) expect(await prepared.snapshot()).toEqual(rowsBefore);
      }
    });
  });
});
