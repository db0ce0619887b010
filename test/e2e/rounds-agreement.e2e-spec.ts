import { addDays } from '@app/calendar';
import { complianceByAgency, COMPLIANCE_SQL, countsForRound, graceEndsOn, RETURNS_DUE_SQL } from '@app/rounds';
import { createAction, createWorld, World } from '../support/fixtures';
import { startTestServer, TestServer } from '../support/test-server';

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), chance: (p: number) => next() < p };
}

const SEED = Number(process.env.ROUNDS_SEED ?? 20261129);

/**
 * Compliance computed in SQL (`COMPLIANCE_SQL`, `RETURNS_DUE_SQL`) agrees with the pure rules
 * (`complianceByAgency`) on random rounds: random opening days, deadlines, grace, manual closes,
 * returns recorded before, during, after the round, acknowledgements, read as of random days.
 */
describe('reporting round compliance: SQL agrees with the rules', () => {
  let server: TestServer;
  let world: World;
  let actions: { id: string; agency: string }[];

  beforeAll(async () => {
    server = await startTestServer({ now: '2026-11-10T12:00:00Z' });
    world = await createWorld(server, 'Agreement');
    const agencies = [world.agencies.police, world.agencies.health, world.agencies.voluntary, world.agencies.fire];
    actions = [];
    for (let i = 0; i < 12; i++) {
      const agency = agencies[i % agencies.length];
      actions.push({ id: (await createAction(world.clients.coordinator, world, { leadAgencyId: agency })).id, agency });
    }
  });

  afterAll(async () => {
    await server.close();
  });

  it(`agrees on 60 random rounds read on 8 days each (seed ${SEED})`, async () => {
    const rng = prng(SEED);
    const db = server.db;
    for (let n = 0; n < 60; n++) {
      const opensOn = addDays('2026-01-05', rng.int(0, 600));
      const deadline = addDays(opensOn, rng.int(0, 30));
      const grace = rng.int(0, 6);
      const graceEnd = graceEndsOn(deadline, grace);
      const closedOn = rng.chance(0.3) ? addDays(opensOn, rng.int(-3, 45)) : null;
      const round = { opensOn, deadline, graceEndsOn: graceEnd, closedOn };
      const {
        rows: [{ id: roundId }],
      } = await db.query<{ id: string }>(
        `INSERT INTO reporting_round (partnership_id, delivery_plan_id, title, opens_on, deadline, grace_working_days, grace_ends_on, closed_on, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [world.partnershipId, world.planId, `Round ${n}`, opensOn, deadline, grace, graceEnd, closedOn, world.users.coordinator],
      );
      const chosen = actions.filter(() => rng.chance(0.6));
      await db.query(
        `INSERT INTO reporting_round_action (round_id, partnership_id, action_id, agency_id) SELECT $1, $2, a, g FROM unnest($3::uuid[], $4::uuid[]) t(a, g)`,
        [roundId, world.partnershipId, chosen.map((a) => a.id), chosen.map((a) => a.agency)],
      );
      // The returns: each action of the round gets 0–3 returns recorded from 10 days before opening to 20 after grace.
      const facts = [];
      for (const action of chosen) {
        const recorded: { id: string; on: string; ack: string | null }[] = [];
        for (let k = rng.int(0, 3); k > 0; k--) {
          const on = addDays(opensOn, rng.int(-10, 20 + (Date.parse(graceEnd) - Date.parse(opensOn)) / 86400000));
          const {
            rows: [{ id }],
          } = await db.query<{ id: string }>(
            `INSERT INTO progress_update (partnership_id, action_id, author_id, reported_on, narrative, percent_complete, status, recorded_on)
             VALUES ($1, $2, $3, $4, 'Random return', 10, 'IN_PROGRESS', $4) RETURNING id`,
            [world.partnershipId, action.id, world.users.coordinator, on],
          );
          const ack = rng.chance(0.5) ? addDays(on, rng.int(0, 10)) : null;
          if (ack) {
            await db.query(`INSERT INTO return_acknowledgement (progress_update_id, partnership_id, acknowledged_by, acknowledged_on) VALUES ($1, $2, $3, $4)`, [
              id,
              world.partnershipId,
              world.users.coordinator,
              ack,
            ]);
          }
          recorded.push({ id, on, ack });
        }
        facts.push({ action, recorded });
      }
      for (let d = 0; d < 8; d++) {
        const asOf = addDays(opensOn, rng.int(-5, 50));
        // The rule's input: per due return, the first return that counts for the round, known as of asOf.
        // Returns of earlier rounds of the loop on the same action count too: they are in the table.
        const { rows: all } = await db.query<{ id: string; action_id: string; on: string; seq: string; ack: string | null }>(
          `SELECT u.id, u.action_id, u.recorded_on::text AS on, u.seq, k.acknowledged_on::text AS ack
             FROM progress_update u LEFT JOIN return_acknowledgement k ON k.progress_update_id = u.id
            WHERE u.action_id = ANY($1::uuid[]) ORDER BY u.recorded_on, u.seq`,
          [chosen.map((a) => a.id)],
        );
        const due = chosen.map((action) => {
          const first = all.find((u) => u.action_id === action.id && countsForRound(round, u.on) && u.on <= asOf);
          return { agencyId: action.agency, returnedOn: first?.on ?? null, acknowledgedOn: first?.ack ?? null };
        });
        const expected = complianceByAgency(round, due, asOf);
        const { rows: actual } = await db.query(COMPLIANCE_SQL, [[roundId], asOf]);
        expect({ n, asOf, round, counts: actual }).toEqual({ n, asOf, round, counts: expected });
        const { rows: statuses } = await db.query(RETURNS_DUE_SQL, [[roundId], asOf]);
        expect(statuses).toHaveLength(chosen.length);
      }
    }
  });
});
