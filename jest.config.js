/**
 * Two projects: `unit` (pure rules, no database) and `e2e` (the real server on a real PostgreSQL,
 * started once in globalSetup). Nest 12 ships ESM-only packages, which jest on Node 20 cannot load
 * untransformed, so @swc/jest transforms them along with our TypeScript.
 */
const esmPackages = [
  '@nestjs',
  'uid',
  'load-esm',
  'file-type',
  'iterare',
  'es-toolkit',
  'strtok3',
  'token-types',
  'peek-readable',
  '@tokenizer',
  'uint8array-extras',
  '@standard-schema',
  '@borewit',
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    // A lib's framework-free rules (`@app/<lib>/rules`, tsconfig.json lists them), then the lib itself.
    '^@app/([^/]+)/rules$': '<rootDir>/libs/$1/src/rules',
    '^@app/([^/]+)$': '<rootDir>/libs/$1/src',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
};

module.exports = {
  // A global option (ignored inside a project): e2e hooks start servers and build data over HTTP.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
