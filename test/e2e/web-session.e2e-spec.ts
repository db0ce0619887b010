import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';
import { documentText } from '../support/graphql-client';
import { startTestServer, TestServer } from '../support/test-server';

/** The JSON of a refused REST call. */
interface RestError {
  error: { code: string; fields: { path: string }[] };
}

/** The JSON of a GraphQL answer. */
interface Answer<R> {
  data?: R;
  errors?: { extensions: { code: string } }[];
}

const ME = graphql(`query WebSessionMe { me { name agency { name } } }`);
const ME_NAME = graphql(`query WebSessionMeName { me { name } }`);
const PARTNERSHIP_IDS = graphql(`query WebSessionPartnerships { partnerships { id } }`);
const PLAN_IDS = graphql(`query WebSessionPlans { partnerships { strategies { deliveryPlans { id } } } }`);

/**
 * The web app's server side: the cookie session (sign-in with the login throttle, CSRF rules,
 * sign-out, a session that ends with its account), `myActions`, `Partnership.today` and
 * `Action.canReportProgress`, on the demo data.
 */
describe('web session and myActions', () => {
  let server: TestServer;
  const NOW = '2026-11-29T12:00:00Z';

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true, now: NOW });
  });
  afterAll(() => server?.close());

  const signIn = (email: string, password: string, headers: Record<string, string> = { 'x-requested-with': 'test' }) =>
    fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ email, password }) });
  const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0];
  const gql = async <R, V>(cookie: string | null, document: TypedDocumentNode<R, V>, variables?: V, extra: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...extra },
      body: JSON.stringify({ query: documentText(document), variables: variables ?? {} }),
    });
    return { status: response.status, body: (await response.json()) as Answer<R> };
  };

  it('signs in with a cookie that scripts cannot read and cross-site requests do not carry', async () => {
    const response = await signIn('daniel.okafor@example.org', 'demo-password');
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^pdt_session=[\w.-]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i); // plain HTTP here; Secure over TLS
    const body = await response.json();
    expect(body).toEqual({
      expiresAt: expect.any(String) as unknown,
      user: expect.objectContaining({ name: 'Daniel Okafor', email: 'daniel.okafor@example.org' }) as unknown,
    });
    expect(JSON.stringify(body)).not.toContain(cookieOf(response).split('=')[1]);

    const me = await gql(cookieOf(response), ME);
    expect(me.body.data!.me).toEqual({ name: 'Daniel Okafor', agency: { name: 'Northshire Police' } });
  });

  it('refuses a sign-in without the CSRF header or from another origin, and a wrong password', async () => {
    expect((await signIn('daniel.okafor@example.org', 'demo-password', {})).status).toBe(403);
    expect((await signIn('daniel.okafor@example.org', 'demo-password', { 'x-requested-with': 'x', origin: 'https://evil.example' })).status).toBe(403);
    const wrong = await signIn('daniel.okafor@example.org', 'wrong-password');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(((await wrong.json()) as RestError).error.code).toBe('UNAUTHENTICATED');
    const missing = await signIn('', '');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as RestError).error.fields.map((f) => f.path)).toEqual(['email', 'password']);
  });

  it('applies the login throttle to the page as to the API', async () => {
    const email = 'web.guesser@example.org';
    let last: Response | null = null;
    for (let i = 0; i < 11; i++) last = await signIn(email, `guess-${i}`);
    expect(last!.status).toBe(429);
    expect(((await last!.json()) as RestError).error.code).toBe('TOO_MANY_REQUESTS');
  });

  it('keeps Apollo CSRF prevention for cookie requests, and a bad cookie is UNAUTHENTICATED', async () => {
    const cookie = cookieOf(await signIn('helen.marsh@example.org', 'demo-password'));
    const simple = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: '{"query":"{ me { name } }"}' });
    expect(simple.status).toBe(400);
    const bad = await gql('pdt_session=not-a-token', ME_NAME);
    expect(bad.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a cookie caller is weighed by their own partnerships, as a bearer caller is, when a query lists them', async () => {
    const cookie = cookieOf(await signIn('helen.marsh@example.org', 'demo-password'));
    // Over the cost limit if the caller could see the platform's maximum of partnerships; within it for one.
    const wide = await gql(cookie, graphql(`query WebSessionWide { partnerships { strategies { deliveryPlans { actions { id ref } } } } }`));
    expect(wide.body.errors).toBeUndefined();
    expect(wide.body.data!.partnerships).toHaveLength(1);
  });

  it('a cookie-authenticated REST download works; a board pack without a session is refused', async () => {
    const cookie = cookieOf(await signIn('helen.marsh@example.org', 'demo-password'));
    const plan = (await gql(cookie, PLAN_IDS)).body.data!.partnerships[0].strategies[0].deliveryPlans[0].id;
    const pdf = await fetch(`${server.url}/api/plans/${plan}/board-pack.pdf?asOf=2026-09-30`, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await fetch(`${server.url}/api/plans/${plan}/board-pack.pdf`)).status).toBe(401);
  });

  it('sign-out clears the cookie; a session ends at once when its membership or account goes', async () => {
    const admin = server.as(await server.adminToken());
    const partnershipId = (await gql(cookieOf(await signIn('helen.marsh@example.org', 'demo-password')), PARTNERSHIP_IDS)).body.data!.partnerships[0].id;
    const created = await admin.request(graphql(`mutation WebSessionCreateUser($i: CreateUserInput!) { createUser(input: $i) { id } }`), {
      i: { email: 'short.lived@example.org', name: 'Short Lived', password: 'a-long-password-1' },
    });
    const userId = created.data!.createUser.id;
    await admin.request(graphql(`mutation WebSessionSetMembership($i: SetMembershipInput!) { setMembership(input: $i) { role } }`), {
      i: { partnershipId, userId, role: 'BOARD_MEMBER' },
    });

    const first = cookieOf(await signIn('short.lived@example.org', 'a-long-password-1'));
    const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: { cookie: first, 'x-requested-with': 'test' } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/pdt_session=;.*Expires=Thu, 01 Jan 1970/);

    const cookie = cookieOf(await signIn('short.lived@example.org', 'a-long-password-1'));
    expect((await gql(cookie, PARTNERSHIP_IDS)).body.data!.partnerships).toHaveLength(1);
    await server.db.query(`DELETE FROM membership WHERE user_id = $1`, [userId]);
    expect((await gql(cookie, PARTNERSHIP_IDS)).body.data!.partnerships).toHaveLength(0);
    await server.db.query(`DELETE FROM user_account WHERE id = $1`, [userId]);
    expect((await gql(cookie, PARTNERSHIP_IDS)).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it("myActions: the agency's led actions first, then supported, with today's figures and the filters", async () => {
    const cookie = cookieOf(await signIn('daniel.okafor@example.org', 'demo-password'));
    const query =
      graphql(`query WebSessionMyActions($f: MyActionsFilter) { myActions(filter: $f) { leads action { id ref status overdue ragReasons dueDate canReportProgress
      leadAgency { name } supportingAgencies { name } deliveryPlan { partnership { today dueSoonDays } } } } }`);
    const all = (await gql(cookie, query)).body.data!.myActions;
    // Every action of the plan the police lead or support, and no other.
    const { rows } = await server.db.query<{ ref: string; leads: boolean }>(
      `SELECT a.ref, a.lead_agency_id = ag.id AS leads FROM action a JOIN agency ag ON ag.name = 'Northshire Police'
        WHERE a.lead_agency_id = ag.id OR EXISTS (SELECT 1 FROM action_supporting_agency s WHERE s.action_id = a.id AND s.agency_id = ag.id)`,
    );
    expect(all.map((m) => m.action.ref).sort()).toEqual(rows.map((r) => r.ref).sort());
    const leads = all.map((m) => m.leads);
    expect(leads).toEqual([...leads].sort((a, b) => Number(b) - Number(a)));
    expect(leads).toContain(true);
    expect(leads).toContain(false);
    for (const m of all) {
      expect(m.leads).toBe(m.action.leadAgency.name === 'Northshire Police');
      expect(m.action.canReportProgress).toBe(true);
      expect(m.action.deliveryPlan.partnership.today).toBe('2026-11-29');
    }
    const overdue = (await gql(cookie, query, { f: { overdue: true } })).body.data!.myActions;
    expect(overdue.map((m) => m.action.ref)).toEqual(all.filter((m) => m.action.overdue).map((m) => m.action.ref));
    const stale = (await gql(cookie, query, { f: { noRecentUpdate: true } })).body.data!.myActions;
    expect(stale.map((m) => m.action.ref)).toEqual(all.filter((m) => m.action.ragReasons.includes('NO_RECENT_UPDATE')).map((m) => m.action.ref));
    const soon = (await gql(cookie, query, { f: { dueSoon: true } })).body.data!.myActions;
    const open = (s: string) => !['COMPLETED', 'CANCELLED'].includes(s);
    expect(soon.map((m) => m.action.ref)).toEqual(
      all.filter((m) => open(m.action.status) && m.action.dueDate >= '2026-11-29' && m.action.dueDate <= '2026-12-29').map((m) => m.action.ref),
    );
  });

  it('canReportProgress is false for a board member and for another agency’s action', async () => {
    const board = cookieOf(await signIn('helen.marsh@example.org', 'demo-password'));
    const plan = graphql(
      `query WebSessionCanReport { partnerships { strategies { deliveryPlans { actions { ref canReportProgress leadAgency { name } supportingAgencies { name } } } } } }`,
    );
    const answer = await gql(board, plan);
    expect(answer.body.errors).toBeUndefined();
    const asBoard = answer.body.data!.partnerships[0].strategies[0].deliveryPlans[0].actions;
    expect(asBoard.every((a) => a.canReportProgress === false)).toBe(true);
    const police = cookieOf(await signIn('daniel.okafor@example.org', 'demo-password'));
    const asPolice = (await gql(police, plan)).body.data!.partnerships[0].strategies[0].deliveryPlans[0].actions;
    for (const a of asPolice) {
      const ours = a.leadAgency.name === 'Northshire Police' || a.supportingAgencies.some((s) => s.name === 'Northshire Police');
      expect(a.canReportProgress).toBe(ours);
    }
  });

  it('the response cache serves cookie sessions too, but never shares what depends on the caller', async () => {
    const board = cookieOf(await signIn('helen.marsh@example.org', 'demo-password'));
    const coordinator = cookieOf(await signIn('sarah.whitfield@example.org', 'demo-password'));
    const plan = (await gql(board, PLAN_IDS)).body.data!.partnerships[0].strategies[0].deliveryPlans[0].id;
    const statements = async <R>(cookie: string, document: TypedDocumentNode<R, { p: string }>) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: documentText(document), variables: { p: plan } }),
      });
      return { count: Number(response.headers.get('x-sql-statements')), body: (await response.json()) as Answer<R> };
    };
    const report = graphql(`query WebSessionCached($p: ID!) { boardReport(deliveryPlanId: $p, asOf: "2026-09-30") { overall { total progress } } }`);
    const first = await statements(board, report);
    const second = await statements(coordinator, report);
    expect(second.body).toEqual(first.body);
    expect(second.count).toBeLessThan(first.count);

    const perCaller = graphql(`query WebSessionPerCaller($p: ID!) { deliveryPlan(id: $p) { actions { ref canReportProgress } } }`);
    const asCoordinator = (await statements(coordinator, perCaller)).body.data!.deliveryPlan!.actions;
    const asBoard = (await statements(board, perCaller)).body.data!.deliveryPlan!.actions;
    expect(asCoordinator.every((a) => a.canReportProgress)).toBe(true);
    expect(asBoard.every((a) => !a.canReportProgress)).toBe(true);
  });

  it('serves the web app at / with a strict CSP, and API paths keep their 404s', async () => {
    const api = await fetch(`${server.url}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
    expect((await fetch(`${server.url}/health/nothing`)).status).toBe(404);
    const home = await fetch(`${server.url}/`);
    // Without a build (a bare checkout), `/` says how to build it; with one, the app with its CSP.
    if (home.headers.get('content-type')!.startsWith('text/html')) {
      expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(home.headers.get('cache-control')).toBe('no-cache');
      expect((await fetch(`${server.url}/my-actions`)).headers.get('content-type')).toMatch(/html/);
    } else {
      expect(await home.text()).toContain('npm run build:web');
    }
  });
});

describe('a web session at its expiry', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true, env: { TOKEN_TTL_SECONDS: '2' } });
  });
  afterAll(() => server?.close());

  it('lasts as long as the token, then is UNAUTHENTICATED', async () => {
    const response = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'test' },
      body: JSON.stringify({ email: 'helen.marsh@example.org', password: 'demo-password' }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=[12];/);
    const cookie = response.headers.get('set-cookie')!.split(';')[0];
    const me = () =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: '{"query":"{ me { name } }"}' }).then(
        (r) => r.json() as Promise<Answer<{ me: { name: string } }>>,
      );
    expect((await me()).data!.me.name).toBe('Helen Marsh');
    await new Promise((r) => setTimeout(r, 3100));
    expect((await me()).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
