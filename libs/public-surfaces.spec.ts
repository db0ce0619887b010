import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The libs' public surfaces (docs/architecture.md, "Libraries and their public surfaces"): a lib's
 * `index.ts` exports neither its `sql/` folder nor its resolvers or controllers, and no file outside
 * a lib imports that lib's `sql/`; what leaves it is named in its `public-sql.ts`.
 */
const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'web' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

/** The module specifiers a file imports or re-exports. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1]);
}

const libOf = (path: string): string | null => /^libs\/([^/]+)\//.exec(path)?.[1] ?? null;

describe('public surfaces', () => {
  const libs = readdirSync(join(root, 'libs')).filter((lib) => statSync(join(root, 'libs', lib)).isDirectory());

  it.each(libs)('libs/%s/src/index.ts exports no sql/, resolver or controller', (lib) => {
    const exported = specifiers(join(root, 'libs', lib, 'src', 'index.ts'));
    expect(exported.filter((s) => /(^|\/)sql\/|\.resolvers?$|\.controller$/.test(s))).toEqual([]);
  });

  it("no file outside a lib imports that lib's sql/", () => {
    const offences: string[] = [];
    for (const file of ['apps', 'libs', 'test', 'bench', 'scripts'].flatMap((dir) => sourceFiles(join(root, dir)))) {
      const from = relative(root, file);
      for (const s of specifiers(file)) {
        if (!s.startsWith('.')) continue;
        const target = relative(root, resolve(dirname(file), s));
        const owner = libOf(target);
        if (owner && /^libs\/[^/]+\/src\/sql\//.test(target) && libOf(from) !== owner) offences.push(`${from} → ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("the check sees an offence: a deep import of another lib's sql/ resolves to it", () => {
    const target = relative(root, resolve(join(root, 'libs', 'board-report', 'src'), '../../progress/src/sql/action-state.sql'));
    expect(libOf(target)).toBe('progress');
    expect(/^libs\/[^/]+\/src\/sql\//.test(target)).toBe(true);
  });
});
