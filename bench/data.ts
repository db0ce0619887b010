/**
 * `npm run bench:data -- --scale S|M|L`: a national-scale dataset generated inside PostgreSQL.
 *
 * Per partnership: 8 agencies, 6 users, a strategy with the 4 P's and 7 objectives, a delivery plan
 * of 150 actions, 4 milestones and 24 progress updates per action. S = 1 partnership, M = 30,
 * L = 300 (45,000 actions, 180,000 milestones, 1,080,000 updates).
 *
 * The rows are made by a handful of INSERT … SELECT over generate_series in one transaction, never
 * row by row: the spreads (dates, outcomes, RAGs) come from a hash of each row's key, so a scale
 * always yields the same figures. The schema is the project's own migrations, with every index,
 * constraint, foreign key and trigger in place during the load.
 */
import { parseArgs } from 'node:util';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/db';
import { BENCH_PASSWORD, DATASET_TODAY, openBenchDatabase, PARTNERSHIPS, Scale, writeManifest } from './bench-database';

function parseScale(): Scale {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'S' } } });
  const scale = String(values.scale).toUpperCase();
  if (scale !== 'S' && scale !== 'M' && scale !== 'L') throw new Error(`--scale must be S, M or L (got ${values.scale})`);
  return scale;
}

/**
 * Makes the database empty before a load. Only a database that is empty or holds nothing but an
 * earlier bench dataset (every partnership's slug starts with `bench-`) is cleared: pointed at a
 * database with real partnerships, the generator refuses rather than destroy them.
 */
async function clear(client: Client): Promise<void> {
  const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  if (tables.length === 0) return;
  if (tables.some((t) => t.name === 'partnership')) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM partnership WHERE slug NOT LIKE 'bench-%'`);
    if (rows[0].n > 0) throw new Error('This database holds partnerships that the bench did not generate; use an empty database for the bench.');
  } else {
    throw new Error("This database holds tables that are not the tracker's; use an empty database for the bench.");
  }
  // progress_update and audit_event refuse TRUNCATE and DELETE by trigger, so the tables go whole.
  await client.query(`DROP TABLE ${tables.map((t) => `"${t.name.replace(/"/g, '""')}"`).join(', ')} CASCADE`);
  // The migrations' trigger functions go too (not an extension's), so the migrations can run again.
  const { rows: functions } = await client.query<{ signature: string }>(
    `SELECT p.oid::regprocedure::text AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  );
  for (const { signature } of functions) await client.query(`DROP FUNCTION IF EXISTS ${signature} CASCADE`);
}

/**
 * A uniform number in [0, 1) from a row's key and a salt: the same key always draws the same
 * number, so the dataset is identical at every load.
 */
const RND_FUNCTION = `
  CREATE FUNCTION pg_temp.rnd(key text, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (hashtextextended(key, salt) & 281474976710655)::float8 / 281474976710656.0 $$`;

/** Which of its partnership's 8 agencies leads action k of partnership n (leaning to the council and the police). */
const LEAD_FUNCTION = `
  CREATE FUNCTION pg_temp.lead(n int, k int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
  $$ SELECT (ARRAY[1,1,1,2,2,2,3,3,4,5,5,6,7,7,8,1])[1 + floor(pg_temp.rnd('lead' || n || '.' || k, 2) * 16)::int] $$`;

const KINDS = ['COUNCIL', 'POLICE', 'HEALTH', 'FIRE', 'PROBATION', 'EDUCATION', 'VOLUNTARY', 'BUSINESS'];
const KIND_NAMES = [
  'County Council',
  'Constabulary',
  'Integrated Care Board',
  'Fire and Rescue Service',
  'Probation Service',
  'Schools Partnership',
  'Victim Support Charity',
  'Chamber of Commerce',
];

/**
 * The load, in order. $1 is the number of partnerships, $2 the dataset's today, $3 the password hash.
 * Agencies 1..8 of a partnership are of the kinds above; users 1..6 are the coordinator (council),
 * partners of police, health, voluntary sector and probation, and a board member.
 */
const STEPS: { name: string; sql: string; params: (n: number, hash: string) => unknown[] }[] = [
  {
    name: 'partnerships',
    sql: `INSERT INTO partnership (id, name, slug)
          SELECT md5('p' || n)::uuid, 'Area ' || n || ' Modern Slavery Partnership', 'bench-' || n FROM generate_series(1, $1::int) n`,
    params: (n) => [n],
  },
  {
    name: 'agencies',
    sql: `INSERT INTO agency (id, name, kind)
          SELECT md5('a' || n || '.' || j)::uuid, 'Area ' || n || ' ' || ($2::text[])[j], ($3::text[])[j]
            FROM generate_series(1, $1::int) n, generate_series(1, 8) j`,
    params: (n) => [n, KIND_NAMES, KINDS],
  },
  {
    name: 'partnership agencies',
    sql: `INSERT INTO partnership_agency (partnership_id, agency_id)
          SELECT md5('p' || n)::uuid, md5('a' || n || '.' || j)::uuid FROM generate_series(1, $1::int) n, generate_series(1, 8) j`,
    params: (n) => [n],
  },
  {
    name: 'users',
    sql: `INSERT INTO user_account (id, email, name, password_hash, agency_id)
          SELECT md5('u' || n || '.' || j)::uuid,
                 'bench.' || n || '.' || (ARRAY['coordinator','police','health','voluntary','probation','board'])[j] || '@example.org',
                 (ARRAY['Coordinator','Police partner','Health partner','Voluntary partner','Probation partner','Board member'])[j] || ' ' || n,
                 $2, md5('a' || n || '.' || (ARRAY[1,2,3,7,5,1])[j])::uuid
            FROM generate_series(1, $1::int) n, generate_series(1, 6) j`,
    params: (n, hash) => [n, hash],
  },
  {
    name: 'memberships',
    sql: `INSERT INTO membership (user_id, partnership_id, role)
          SELECT md5('u' || n || '.' || j)::uuid, md5('p' || n)::uuid,
                 (ARRAY['COORDINATOR','PARTNER','PARTNER','PARTNER','PARTNER','BOARD_MEMBER'])[j]
            FROM generate_series(1, $1::int) n, generate_series(1, 6) j`,
    params: (n) => [n],
  },
  {
    name: 'strategies',
    sql: `INSERT INTO strategy (id, partnership_id, title, start_date, end_date, status)
          SELECT md5('s' || n)::uuid, md5('p' || n)::uuid, 'Modern Slavery Strategy 2023-2027', '2023-04-01', '2027-03-31', 'ACTIVE'
            FROM generate_series(1, $1::int) n`,
    params: (n) => [n],
  },
  {
    // 2 objectives for Prevent, Pursue and Protect, 1 for Prepare; codes "<pillar>.<position>".
    name: 'objectives',
    sql: `INSERT INTO objective (id, partnership_id, strategy_id, pillar, code, title, description, position)
          SELECT md5('o' || n || '.' || j)::uuid, md5('p' || n)::uuid, md5('s' || n)::uuid,
                 (ARRAY['PREVENT','PREVENT','PURSUE','PURSUE','PROTECT','PROTECT','PREPARE'])[j],
                 (ARRAY['1.1','1.2','2.1','2.2','3.1','3.2','4.1'])[j],
                 (ARRAY['Raise awareness in communities and businesses', 'Reduce vulnerability to exploitation',
                        'Disrupt and prosecute offenders', 'Strengthen intelligence sharing',
                        'Identify and support victims', 'Safeguard children at risk',
                        'Prepare for and respond to major incidents'])[j],
                 'Objective ' || j || ' of the partnership strategy, agreed by the board.',
                 (ARRAY[1,2,1,2,1,2,1])[j]
            FROM generate_series(1, $1::int) n, generate_series(1, 7) j`,
    params: (n) => [n],
  },
  {
    name: 'delivery plans',
    sql: `INSERT INTO delivery_plan (id, partnership_id, strategy_id, title, start_date, end_date)
          SELECT md5('d' || n)::uuid, md5('p' || n)::uuid, md5('s' || n)::uuid, 'Delivery Plan 2024-2027', '2024-04-01', '2027-03-31'
            FROM generate_series(1, $1::int) n`,
    params: (n) => [n],
  },
  {
    // Action k belongs to objective 1 + (k-1) % 7 with ref "<objective code>.<n-th of it>". Lead
    // agencies lean to the council and the police; starts spread over the plan's first 9 months,
    // due dates 6 months to 3 years later (capped at the plan's end), so about half fall due
    // before the dataset's today.
    name: 'actions',
    sql: `INSERT INTO action (id, partnership_id, delivery_plan_id, objective_id, ref, title, description, success_measure,
                              lead_agency_id, lead_officer_id, start_date, due_date, in_plan_since)
          SELECT md5('x' || n || '.' || k)::uuid, md5('p' || n)::uuid, md5('d' || n)::uuid, md5('o' || n || '.' || o)::uuid,
                 (ARRAY['1.1','1.2','2.1','2.2','3.1','3.2','4.1'])[o] || '.' || ((k - 1) / 7 + 1),
                 (ARRAY['Deliver training to', 'Run a campaign with', 'Agree a protocol with', 'Map referral routes for',
                        'Commission support for', 'Review cases with', 'Publish guidance for', 'Hold joint operations with'])[1 + k % 8]
                   || ' ' || (ARRAY['frontline staff', 'licensed premises', 'car washes and nail bars', 'care providers',
                                    'schools', 'housing officers', 'the voluntary sector', 'local employers'])[1 + (k / 8) % 8],
                 'What the partnership will do, who is involved and how it will be reported to the board. ' ||
                   repeat('Further detail agreed at the task and finish group. ', 1 + k % 4),
                 'Evidence of delivery reported to the board each quarter.',
                 md5('a' || n || '.' || lead)::uuid,
                 CASE WHEN pg_temp.rnd('officer' || n || '.' || k, 1) < 0.7 AND lead IN (1, 2, 3, 5, 7)
                      THEN md5('u' || n || '.' || (ARRAY[1,2,3,0,5,0,4,0])[lead])::uuid END,
                 start_date,
                 LEAST(DATE '2027-03-31', start_date + 180 + floor(pg_temp.rnd('due' || n || '.' || k, 3) * 900)::int),
                 -- In the plan since it began (issue 13: the plan's structure has a history).
                 DATE '2024-04-01'
            FROM generate_series(1, $1::int) n,
                 generate_series(1, 150) k,
                 LATERAL (SELECT 1 + (k - 1) % 7 AS o,
                                 pg_temp.lead(n, k) AS lead,
                                 DATE '2024-04-01' + floor(pg_temp.rnd('start' || n || '.' || k, 4) * 270)::int AS start_date) x`,
    params: (n) => [n],
  },
  {
    // 0 to 3 supporting agencies, the ones after the lead in the partnership's list.
    name: 'supporting agencies',
    sql: `INSERT INTO action_supporting_agency (action_id, agency_id, partnership_id)
          SELECT md5('x' || n || '.' || k)::uuid, md5('a' || n || '.' || (1 + (pg_temp.lead(n, k) - 1 + s) % 8))::uuid, md5('p' || n)::uuid
            FROM generate_series(1, $1::int) n, generate_series(1, 150) k, generate_series(1, 3) s
           WHERE s <= floor(pg_temp.rnd('support' || n || '.' || k, 5) * 4)`,
    params: (n) => [n],
  },
  {
    // How each action's story goes: the outcome as of today (most actions due in the past are done,
    // a few are cancelled or on hold, the rest run late; a few due later finished early), how fast
    // it moved, and when its returns stopped (15 % stopped reporting more than a month ago).
    name: 'action stories (temporary)',
    sql: `CREATE TEMP TABLE story ON COMMIT DROP AS
          SELECT a.id, a.partnership_id, a.start_date, a.due_date, substring(p.slug FROM 7)::int AS n,
                 CASE WHEN u < (CASE WHEN a.due_date < $1::date THEN 0.6 ELSE 0.1 END) THEN 'COMPLETED'
                      WHEN u < (CASE WHEN a.due_date < $1::date THEN 0.65 ELSE 0.14 END) THEN 'CANCELLED'
                      WHEN u < (CASE WHEN a.due_date < $1::date THEN 0.70 ELSE 0.19 END) THEN 'ON_HOLD'
                      ELSE 'IN_PROGRESS' END AS outcome,
                 0.4 + pg_temp.rnd(a.id::text, 7) * 0.6 AS speed,
                 a.start_date + 7 AS first_return,
                 $1::date - CASE WHEN pg_temp.rnd(a.id::text, 8) < 0.15 THEN 35 + floor(pg_temp.rnd(a.id::text, 9) * 80)::int
                                 ELSE floor(pg_temp.rnd(a.id::text, 9) * 25)::int END AS last_return,
                 10 + floor(pg_temp.rnd(a.id::text, 10) * 13)::int AS cancelled_at
            FROM action a
            JOIN partnership p ON p.id = a.partnership_id
            CROSS JOIN LATERAL (SELECT pg_temp.rnd(a.id::text, 6) AS u) r`,
    params: () => [DATASET_TODAY],
  },
  {
    // Milestones at a quarter, half, three quarters and the end of each action's span. Done ones
    // were completed around their due date; 30 % of those due in the past are still open.
    name: 'milestones',
    sql: `INSERT INTO milestone (partnership_id, action_id, title, due_date, completed_on, position, in_plan_since)
          SELECT s.partnership_id, s.id,
                 (ARRAY['Scope and partners agreed', 'Delivery under way', 'Delivery complete', 'Impact reported to the board'])[j],
                 due,
                 CASE WHEN s.outcome = 'COMPLETED' THEN LEAST($1::date, due - 10 + floor(pg_temp.rnd(s.id::text || '.' || j, 11) * 20)::int)
                      WHEN due < $1::date AND pg_temp.rnd(s.id::text || '.' || j, 12) < 0.7 THEN LEAST($1::date, due - 15 + floor(pg_temp.rnd(s.id::text || '.' || j, 13) * 40)::int)
                      WHEN due >= $1::date AND pg_temp.rnd(s.id::text || '.' || j, 12) < 0.1 THEN $1::date - floor(pg_temp.rnd(s.id::text || '.' || j, 13) * 30)::int
                 END,
                 j,
                 DATE '2024-04-01'
            FROM story s, generate_series(1, 4) j,
                 LATERAL (SELECT s.start_date + ((s.due_date - s.start_date) * j) / 4 AS due) d`,
    params: () => [DATASET_TODAY],
  },
  {
    // 24 returns per action, evenly spread between its first and last return, written by one of
    // the partnership's users. Percent climbs at the action's speed; a completed action reports
    // COMPLETED from the return nearest its due date on; a cancelled one CANCELLED from a point in
    // its second half; an on-hold one ON_HOLD for its last four returns. Reporters give a RAG on
    // three returns in four. Inserted in the order they were reported across the whole country,
    // as a live system would have written them.
    name: 'progress updates',
    sql: `INSERT INTO progress_update (partnership_id, action_id, author_id, agency_id, reported_on, recorded_on, narrative, percent_complete, status, rag, created_at)
          SELECT s.partnership_id, s.id,
                 md5('u' || s.n || '.' || author.j)::uuid, md5('a' || s.n || '.' || (ARRAY[1,2,3,7,5])[author.j])::uuid,
                 u.reported_on, u.reported_on,
                 'Return ' || (i + 1) || ': ' || substring('Partners met as planned. Referrals and training figures are in the annex; '
                   || 'the next steps were agreed with the lead agency, and risks were reviewed with the task and finish group. '
                   || 'Funding for the next quarter is confirmed; one partner asked for more time on the data return. '
                   FROM 1 FOR 80 + floor(pg_temp.rnd(s.id::text || '.' || i, 14) * 200)::int),
                 CASE st.status WHEN 'COMPLETED' THEN 100 WHEN 'NOT_STARTED' THEN 0 ELSE u.pct END,
                 st.status,
                 CASE WHEN st.status = 'CANCELLED' THEN NULL
                      WHEN st.status = 'COMPLETED' THEN CASE WHEN r < 0.5 THEN 'GREEN' END
                      WHEN r < 0.25 THEN NULL WHEN r < 0.65 THEN 'GREEN' WHEN r < 0.88 THEN 'AMBER' ELSE 'RED' END,
                 (u.reported_on + time '09:00' + make_interval(mins => floor(pg_temp.rnd(s.id::text || '.' || i, 16) * 480)::int)) AT TIME ZONE 'Europe/London'
            FROM story s
            CROSS JOIN generate_series(0, 23) i
            CROSS JOIN LATERAL (
                   SELECT s.first_return + ((GREATEST(s.last_return, s.first_return + 24) - s.first_return) * i) / 23 AS reported_on,
                          LEAST(95, floor(100 * (i + 1) / 24.0 * s.speed)::int) AS pct,
                          pg_temp.rnd(s.id::text || '.' || i, 15) AS r
                 ) u
            CROSS JOIN LATERAL (
                   SELECT CASE
                            WHEN s.outcome = 'COMPLETED'
                                 AND u.reported_on >= LEAST(s.due_date, s.last_return) - 20 THEN 'COMPLETED'
                            WHEN s.outcome = 'COMPLETED' AND i = 23 THEN 'COMPLETED'
                            WHEN s.outcome = 'CANCELLED' AND i >= s.cancelled_at THEN 'CANCELLED'
                            WHEN s.outcome = 'ON_HOLD' AND i >= 20 THEN 'ON_HOLD'
                            WHEN i = 0 AND u.pct < 5 THEN 'NOT_STARTED'
                            ELSE 'IN_PROGRESS'
                          END AS status
                 ) st
            CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.rnd(s.id::text || '.' || i, 17) * 5)::int AS j) author
           ORDER BY u.reported_on, s.id, i`,
    params: () => [],
  },
  {
    // The action row's projection of its latest update, as reportProgress maintains it.
    name: 'action projections',
    sql: `UPDATE action a
             SET status = l.status, percent_complete = l.percent_complete, last_reported_on = l.reported_on
            FROM (SELECT DISTINCT ON (action_id) action_id, status, percent_complete, reported_on
                    FROM progress_update ORDER BY action_id, reported_on DESC, seq DESC) l
           WHERE l.action_id = a.id`,
    params: () => [],
  },
];

async function main(): Promise<void> {
  const scale = parseScale();
  const partnerships = PARTNERSHIPS[scale];
  const started = Date.now();
  const db = await openBenchDatabase();
  console.log(`bench:data scale ${scale}: ${partnerships} partnership(s) into ${db.embedded ? 'the embedded PostgreSQL in .bench-data/' : 'DATABASE_URL'}`);
  try {
    const client = new Client({ connectionString: db.url, application_name: 'bench-data' });
    await client.connect();
    try {
      await clear(client);
      const ds = new DataSource({ ...dataSourceOptions(db.url, { poolSize: 1 }), logging: false });
      await ds.initialize();
      await ds.runMigrations();
      await ds.destroy();

      const hash = await argon2.hash(BENCH_PASSWORD);
      // One transaction: either the whole dataset is there or none of it. Nothing waits for the
      // WAL to reach the disk until the end (a crash mid-load loses only the load itself).
      await client.query('SET synchronous_commit = off');
      await client.query(`SET work_mem = '256MB'`);
      await client.query(`SET maintenance_work_mem = '512MB'`);
      await client.query('BEGIN');
      await client.query(RND_FUNCTION);
      await client.query(LEAD_FUNCTION);
      for (const step of STEPS) {
        const t = Date.now();
        const result = await client.query(step.sql, step.params(partnerships, hash));
        console.log(`  ${step.name.padEnd(28)} ${String(result.rowCount ?? '').padStart(9)} rows  ${((Date.now() - t) / 1000).toFixed(1)} s`);
      }
      await client.query('COMMIT');
      // Fresh statistics for the planner, and a visibility map so the "as of" probes stay index-only.
      const t = Date.now();
      await client.query('VACUUM (ANALYZE)');
      console.log(`  ${'vacuum, analyze'.padEnd(28)} ${''.padStart(9)}       ${((Date.now() - t) / 1000).toFixed(1)} s`);

      const rows: Record<string, number> = {};
      for (const table of ['partnership', 'agency', 'user_account', 'objective', 'action', 'action_supporting_agency', 'milestone', 'progress_update']) {
        const { rows: r } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        rows[table] = r[0].n;
      }
      const loadSeconds = (Date.now() - started) / 1000;
      writeManifest({ scale, partnerships, database: db.embedded ? 'embedded' : 'DATABASE_URL', loadedAt: new Date().toISOString(), loadSeconds, rows });
      console.log(
        `loaded in ${loadSeconds.toFixed(1)} s: ${Object.entries(rows)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
