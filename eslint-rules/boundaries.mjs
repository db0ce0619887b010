// Import boundaries of docs/architecture.md ("House rules"), checked by `npm run lint`.
// One rule, `house/boundaries`, so every report names the boundary it crossed and how to fix it.
import path from 'node:path';

/**
 * The tower: a library may import (through `@app/<lib>`) only libraries on a LOWER layer.
 * Read from today's imports. To add a library, put it on the lowest layer above everything it
 * imports; a library missing here fails with a message saying so.
 */
export const LIB_LAYERS = [
  ['calendar', 'config'], // import no other library (calendar no framework either)
  ['domain', 'file-formats'], // framework-free: the vocabularies (with the calendar), file text
  ['common'],
  ['audit'],
  ['partnership'],
  ['identity'],
  ['planning'],
  ['progress'],
  ['board-report'],
  ['rounds', 'audit-log', 'plan-import'],
  ['board-pack'],
  ['demo', 'db'],
  ['core'], // what every app boots: the settings, the database and the feature modules
];

/** Libraries that, like every `rules/` folder, import no framework. */
export const FRAMEWORK_FREE_LIBS = ['calendar', 'domain', 'file-formats'];

const FRAMEWORK = /^(@nestjs\/|@apollo\/|typeorm(\/|$)|express(\/|$)|graphql(\/|$)|graphql-|pg(\/|$)|class-validator$|class-transformer$)/;

const layerOf = new Map(LIB_LAYERS.flatMap((libs, layer) => libs.map((lib) => [lib, layer])));
const tower = LIB_LAYERS.map((libs) => libs.join(', ')).join(' ← ');
const toPosix = (p) => p.split(path.sep).join('/');

/** `libs/<lib>/…` → `<lib>`; `apps/<app>/…` → `app`; anything else → null. */
function whereIs(relative) {
  const lib = /^libs\/([^/]+)\//.exec(relative);
  if (lib) return { kind: 'lib', name: lib[1] };
  const app = /^apps\/([^/]+)\//.exec(relative);
  if (app) return { kind: 'app', name: app[1] };
  return { kind: 'other', name: null };
}

const unlisted = (lib) =>
  `library '${lib}' is not placed in the tower: add it to LIB_LAYERS in eslint-rules/boundaries.mjs (the lowest layer above every library it imports) and to docs/architecture.md`;

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import boundaries of docs/architecture.md (house rules)' },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const fileRel = toPosix(path.relative(root, context.filename));
    const from = whereIs(fileRel);
    const isSpec = /\.(spec|e2e-spec|test)\.tsx?$/.test(fileRel);
    const frameworkFree = (from.kind === 'lib' && FRAMEWORK_FREE_LIBS.includes(from.name)) || /\/rules\//.test(fileRel);

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const report = (message) => context.report({ node, message: `${message} ('${specifier}')` });

      if (frameworkFree && FRAMEWORK.test(specifier)) {
        return report(
          `${fileRel.includes('/rules/') ? 'rules/' : `libs/${from.name}`} is framework-free: import no @nestjs/*, typeorm, express, graphql or pg here`,
        );
      }

      // Where the import lands, as a repository-relative path (for relative and `@app/` specifiers).
      let target;
      let viaAlias = null;
      if (specifier.startsWith('.')) {
        target = toPosix(path.relative(root, path.resolve(path.dirname(context.filename), specifier)));
      } else if (specifier.startsWith('@app/')) {
        const [, lib, ...rest] = specifier.split('/');
        viaAlias = lib;
        target = ['libs', lib, 'src', ...rest].join('/');
      } else {
        return; // a package
      }
      const to = whereIs(target + '/');

      if (from.kind === 'lib' && to.kind === 'app') return report(`a library never imports an app (libs/${from.name} → apps/${to.name})`);

      if (to.kind === 'lib') {
        if (/^libs\/[^/]+\/src\/sql(\/|$)/.test(target) && from.name !== to.name) {
          return report(`libs/${to.name}'s sql/ is private to libs/${to.name}: call one of its services instead`);
        }
        if (viaAlias === null && from.kind !== 'other' && from.name !== to.name) {
          return report(`import libs/${to.name} through '@app/${to.name}', not by a relative path`);
        }
        if (viaAlias !== null && !layerOf.has(to.name)) return report(unlisted(to.name));
        if (from.kind === 'lib' && from.name !== to.name) {
          if (!layerOf.has(from.name)) return report(unlisted(from.name));
          if (layerOf.get(to.name) >= layerOf.get(from.name)) {
            return report(
              `libs/${from.name} (layer ${layerOf.get(from.name)}) may not import @app/${to.name} (layer ${layerOf.get(to.name)}): imports run down the tower only: ${tower}`,
            );
          }
        }
      }
      if (from.kind === 'lib' && to.kind === 'other' && target.startsWith('test/') && !isSpec) {
        return report(`only a library's spec files may import test/ helpers`);
      }
    }

    const literal = (source) => (source && source.type === 'Literal' ? source.value : undefined);
    return {
      Program: (node) => {
        if (from.kind === 'lib' && !layerOf.has(from.name) && /^libs\/[^/]+\/src\/index\.ts$/.test(fileRel)) context.report({ node, message: unlisted(from.name) });
      },
      ImportDeclaration: (node) => check(node, literal(node.source)),
      ExportAllDeclaration: (node) => check(node, literal(node.source)),
      ExportNamedDeclaration: (node) => node.source && check(node, literal(node.source)),
      ImportExpression: (node) => check(node, literal(node.source)),
      TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && check(node, literal(node.moduleReference.expression)),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) check(node, literal(node.arguments[0]));
      },
    };
  },
};

export default { rules: { boundaries } };
