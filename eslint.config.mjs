// House rules (docs/architecture.md § House rules): type-aware typescript-eslint, Prettier's
// formatting left to Prettier (eslint-config-prettier), and the import boundaries of the layering.
// `npm run lint` runs it with --max-warnings=0.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import house from './eslint-rules/boundaries.mjs';

export default tseslint.config(
  {
    // Build and run output (as .gitignore) and generated code.
    ignores: ['**/node_modules/', '**/dist/', '**/coverage/', '.data/', '.tmp/', '.bench-data/', 'bench/out/', 'apps/web/src/gql/', '**/generated/'],
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node, sourceType: 'commonjs' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { house },
    rules: {
      'house/boundaries': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // The CommonJS list of the server's Node flags, shared with scripts/start.js.
      '@typescript-eslint/no-require-imports': ['error', { allow: ['/scripts/server-node-flags$'] }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false }],
      // An `async` function without `await` still turns a throw into a rejection: not worth a rewrite.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
    languageOptions: { globals: globals.browser },
  },
  prettier,
);
