import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');
const CODEGEN = join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js');

/**
 * The committed test/generated is what codegen makes now from apps/api/schema.gql and the suites'
 * `graphql()` documents: run `npm run codegen` after `npm run schema` or after editing a document.
 * (A child process: the code generator's loaders are ES modules jest's sandbox does not load.)
 */
describe('typed documents of the suites (test/generated)', () => {
  it('match apps/api/schema.gql and the documents in test/', async () => {
    const check = promisify(execFile)(process.execPath, [CODEGEN, '--config', 'test/codegen.ts', '--check', '--silent'], { cwd: ROOT });
    const outcome = await check.then(
      () => 'up to date',
      (error: { stdout?: string; stderr?: string }) => `stale: run npm run codegen\n${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(outcome).toBe('up to date');
  });
});
