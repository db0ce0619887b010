import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql } from '../generated';
import { GraphqlClient } from '../support/graphql-client';
import { exited, spawnServer } from '../support/server-process';

const ADMIN = { email: 'admin@crash.test', password: 'crash-test-password' };

async function adminClient(url: string): Promise<GraphqlClient> {
  const anonymous = new GraphqlClient(`${url}/graphql`, null);
  const { login } = await anonymous.ok(graphql(`mutation CrashSafetyLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`), {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  return new GraphqlClient(`${url}/graphql`, login.token);
}

function postmasterPid(dataDir: string): number | null {
  const file = join(dataDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

/**
 * Writes under load, the server SIGKILLed mid-way, a restart on the same data folder: every write a
 * client saw acknowledged is there, and the database opens cleanly. Two variants: only the API
 * process dies (its PostgreSQL is left running, orphaned), and both die at once (as on power loss,
 * so PostgreSQL recovers from its WAL).
 */
describe('crash safety', () => {
  // The embedded database runs as the unprivileged postgres user when the tests run as root.
  const root = mkdtempSync(join(tmpdir(), 'pdt-crash-'));
  chmodSync(root, 0o755);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['the API process only', false],
    ['the API process and its PostgreSQL', true],
  ])(
    'keeps every acknowledged write when %s is killed with SIGKILL',
    async (_label, killDatabase) => {
      const dataDir = join(root, killDatabase ? 'both' : 'api');
      // Always the embedded database: this is about a data folder surviving its server being killed,
      // which a shared DATABASE_URL server is not ours to kill.
      const env = { DATABASE_URL: '', DATA_DIR: dataDir, SEED_DEMO: 'false', BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password };

      const first = await spawnServer(env);
      const admin = await adminClient(first.url);
      const acknowledged: string[] = [];
      let stop = false;
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; !stop; i += 1) {
          try {
            const { createAgency } = await admin.ok(graphql(`mutation CrashSafetyCreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`), {
              input: { name: `Agency ${killDatabase ? 'b' : 'a'}${w}-${i}`, kind: 'VOLUNTARY' },
            });
            acknowledged.push(createAgency.id);
          } catch {
            return; // the server died under this request: not acknowledged
          }
        }
      });
      await new Promise((r) => setTimeout(r, 1500));
      const pid = postmasterPid(dataDir);
      first.child.kill('SIGKILL');
      if (killDatabase && pid) process.kill(pid, 'SIGKILL');
      stop = true;
      await Promise.all(writers);
      await exited(first.child);
      expect(acknowledged.length).toBeGreaterThan(10);

      const second = await spawnServer(env);
      try {
        const health = await fetch(`${second.url}/health`).then((r) => r.json());
        expect(health).toMatchObject({ ready: true, database: 'up', migrations: 'applied' });
        const { agencies } = await (await adminClient(second.url)).ok(graphql(`query CrashSafetyAgencies { agencies { id } }`));
        const present = new Set(agencies.map((a) => a.id));
        expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
      } finally {
        second.child.kill('SIGTERM');
        expect(await exited(second.child)).toBe(0);
      }
      // A clean stop leaves no postmaster behind.
      expect(postmasterPid(dataDir)).toBeNull();
    },
    120_000,
  );
});
