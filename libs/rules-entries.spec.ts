import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Each lib's pure rules are reachable without the framework: `libs/<lib>/src/rules/index.ts`
 * (imported as `@app/<lib>/rules`) loads no package and no file of a lib outside the
 * framework-free ones, so the render process, scripts and other rules can use it without
 * starting Nest, TypeORM or GraphQL.
 */
const root = join(__dirname, '..');
const LIBS_WITH_RULES = readdirSync(join(root, 'libs')).filter((lib) => existsSync(join(root, 'libs', lib, 'src', 'rules', 'index.ts')));
/** Libs that are framework-free as a whole. */
const FRAMEWORK_FREE_LIBS = ['calendar', 'domain', 'file-formats'];

/** The files a fresh node process (run from source, as the render process is in tests) loads for `entry`, beyond the loader's own. */
function loadedBy(entry: string | null): string[] {
  const script = `${entry ? `require(${JSON.stringify(entry)});` : ''}process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const out = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: root, encoding: 'utf8' });
  return (JSON.parse(out) as string[]).map((file) => relative(root, file));
}

describe('rules entries', () => {
  const baseline = new Set(loadedBy(null));

  it('every lib with rules has a rules entry, mapped for TypeScript and jest', async () => {
    expect(LIBS_WITH_RULES).toEqual(expect.arrayContaining(['board-pack', 'board-report', 'plan-import', 'progress', 'rounds']));
    // jest's moduleNameMapper and tsconfig.json's paths resolve `@app/<lib>/rules` to the same module.
    const progress = await import('@app/progress/rules');
    const viaIndex = await import('@app/progress');
    expect(typeof progress.evaluateAction).toBe('function');
    expect(progress.evaluateAction).toBe(viaIndex.evaluateAction);
  });

  it.each(LIBS_WITH_RULES)('@app/%s/rules loads no package and nothing of the framework', (lib) => {
    const loaded = loadedBy(join(root, 'libs', lib, 'src', 'rules', 'index.ts')).filter((file) => !baseline.has(file));
    expect(loaded).toContain(`libs/${lib}/src/rules/index.ts`);
    expect(loaded.filter((file) => file.includes('node_modules'))).toEqual([]);
    const allowed = (file: string) => /^libs\/[^/]+\/src\/rules\//.test(file) || FRAMEWORK_FREE_LIBS.some((free) => file.startsWith(`libs/${free}/src/`));
    expect(loaded.filter((file) => !allowed(file))).toEqual([]);
  });

  it('the check would see the framework: a lib index loads @nestjs and TypeORM', () => {
    const loaded = loadedBy(join(root, 'libs', 'board-report', 'src', 'index.ts'));
    expect(loaded.some((file) => file.includes('node_modules/@nestjs/typeorm/'))).toBe(true);
    expect(loaded.some((file) => file.includes('node_modules/@nestjs/common/'))).toBe(true);
  });
});
