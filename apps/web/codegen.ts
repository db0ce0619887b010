import type { CodegenConfig } from '@graphql-codegen/cli';
import { join } from 'node:path';

/** Operation types for apps/web from the server's schema (`npm run codegen`; a test fails when they drift). */
const config: CodegenConfig = {
  schema: join(__dirname, '../api/schema.gql'),
  documents: [join(__dirname, 'src/**/*.{ts,tsx}'), '!' + join(__dirname, 'src/gql/**')],
  ignoreNoDocuments: true,
  generates: {
    [join(__dirname, 'src/gql/')]: {
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
