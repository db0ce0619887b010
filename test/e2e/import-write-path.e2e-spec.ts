import { stringify } from 'csv-stringify/sync';
import { graphql } from '../generated';
import { rowCounts } from '../support/db-assertions';
import { upload } from '../support/exchange-http';
import { createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * The import writes through the services (one write path per aggregate): each change is audited as
 * its mutation writes it, the return is the lead agency's, and a change the service refuses (an
 * action taken out of the plan) is a problem of the row that rolls the whole file back.
 */

const NOW = '2025-06-15T09:00:00Z';
const TABLES = ['action', 'action_supporting_agency', 'milestone', 'progress_update', 'objective', 'agency', 'partnership_agency', 'audit_event', 'action_version'];
const HEADER = ['Ref', 'Pillar', 'Objective code', 'Action', 'Lead agency', 'Supporting agencies', 'Due date', 'Milestones', 'Status', '% complete', 'Reported on'];

describe('the import writes through the services', () => {
  let server: TestServer;
  let world: World;
  let names: { council: string; police: string; health: string };

  beforeAll(async () => {
    server = await startTestServer({ now: NOW });
    world = await createWorld(server, 'Write path');
    const name = async (id: string) => (await server.db.query<{ name: string }>('SELECT name FROM agency WHERE id = $1', [id])).rows[0].name;
    names = { council: await name(world.agencies.council), police: await name(world.agencies.police), health: await name(world.agencies.health) };
  });
  afterAll(() => server.close());

  const csv = (rows: string[][]) => Buffer.from(stringify([HEADER, ...rows]), 'utf8');
  const importUrl = (query: string) => `/api/plans/${world.planId}/import?${query}`;
  const rows = (second: string) => [
    [
      '1.1',
      'Prevent',
      'PV1',
      'Train frontline staff',
      names.police,
      names.health,
      '2025-12-31',
      'Scope agreed - due 2025-09-30',
      'In progress',
      '40%',
      '2025-06-01',
    ],
    ['1.2', 'Pursue', 'PU1', second, names.council, '', '2026-03-31', '', '', '', ''],
  ];

  it('writes each change as its mutation does, the return filed for the lead agency', async () => {
    const res = await upload(server, importUrl('dryRun=false'), world.tokens.coordinator, csv(rows('Joint inspections')), 'plan.csv');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ applied: true, created: { actions: 2, milestones: 1, updates: 1 } });
    const { rows: audit } = await server.db.query<{ operation: string; n: number }>(
      `SELECT operation, count(*)::int AS n FROM audit_event WHERE partnership_id = $1 AND actor_id = $2 AND operation <> 'createDeliveryPlan' GROUP BY operation ORDER BY operation`,
      [world.partnershipId, world.users.coordinator],
    );
    expect(audit).toEqual([
      { operation: 'addMilestone', n: 1 },
      { operation: 'createAction', n: 2 },
      { operation: 'importPlan', n: 1 },
      { operation: 'reportProgress', n: 1 },
    ]);
    const { rows: updates } = await server.db.query(
      `SELECT u.agency_id, u.author_id, u.reported_on::text AS reported_on, u.recorded_on::text AS recorded_on FROM progress_update u JOIN action a ON a.id = u.action_id WHERE a.delivery_plan_id = $1`,
      [world.planId],
    );
    // The police lead the action; the coordinator (at the council) imported it.
    expect(updates).toEqual([{ agency_id: world.agencies.police, author_id: world.users.coordinator, reported_on: '2025-06-01', recorded_on: '2025-06-15' }]);
    const { rows: actions } = await server.db.query(`SELECT ref, in_plan_since::text AS since FROM action WHERE delivery_plan_id = $1 ORDER BY ref`, [world.planId]);
    // A new row enters the plan on the day of its return, else today.
    expect(actions).toEqual([
      { ref: '1.1', since: '2025-06-01' },
      { ref: '1.2', since: '2025-06-15' },
    ]);
  });

  it('a change refused by its service (the action was taken out of the plan) is a problem of its row, and nothing is written', async () => {
    const {
      rows: [removed],
    } = await server.db.query<{ id: string }>(`SELECT id FROM action WHERE delivery_plan_id = $1 AND ref = '1.2'`, [world.planId]);
    await world.clients.coordinator.ok(graphql(`mutation ImportWriteRemoveAction($id: ID!, $r: String!) { removeAction(id: $id, reason: $r) }`), {
      id: removed.id,
      r: 'Entered twice',
    });
    const before = await rowCounts(server, TABLES);
    const res = await upload(server, importUrl('dryRun=false'), world.tokens.coordinator, csv(rows('Joint inspections of car washes')), 'plan.csv');
    expect(res.status).toBe(400);
    expect(res.json?.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(res.json?.error?.problems).toEqual([{ row: 3, column: null, field: null, code: 'REFUSED', message: 'The action has been removed from the plan' }]);
    expect(await rowCounts(server, TABLES)).toEqual(before);
  });
});
