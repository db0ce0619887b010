import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

/** The committed operation types are what codegen makes from apps/api/schema.gql now: run `npm run codegen` after `npm run schema`. */
describe('generated GraphQL types', () => {
  it('match apps/api/schema.gql and the operations in src', async () => {
    const files = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = readFileSync(file.filename, 'utf8');
      expect(committed, `${file.filename} is out of date: run npm run codegen`).toBe(file.content);
    }
  }, 60_000);
  it('cover every operation the app sends', () => {
    const generated = readFileSync(join(__dirname, '../src/gql/graphql.ts'), 'utf8');
    for (const name of ['MeQuery', 'HomeQuery', 'DashboardQuery', 'ActionPageQuery', 'ReportProgressMutation', 'CompleteMilestoneMutation', 'MyActionsQuery']) {
      expect(generated).toContain(`export type ${name} =`);
    }
  });
});
