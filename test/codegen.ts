import type { CodegenConfig } from '@graphql-codegen/cli';
import { join } from 'node:path';

/**
 * Typed documents for the end-to-end suites, from the server's schema (`npm run codegen:test`;
 * test/e2e/codegen-drift.e2e-spec.ts fails when they drift). A suite wraps each document in
 * `graphql(...)` from test/generated; documents that must stay invalid (bad input, hostile queries)
 * stay plain strings and are not generated.
 */
const config: CodegenConfig = {
  schema: join(__dirname, '../apps/api/schema.gql'),
  documents: [join(__dirname, '**/*.ts'), '!' + join(__dirname, 'generated/**'), '!' + join(__dirname, 'codegen.ts')],
  ignoreNoDocuments: true,
  generates: {
    [join(__dirname, 'generated/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
