import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as domain from './index';

/**
 * SQL compares with vocabulary values written out where that reads best (a CASE mirroring a rule);
 * each such word must still be a value of a vocabulary here, so renaming or dropping a value cannot
 * leave a query silently matching nothing. Reads the queries as text: every template literal of
 * the libs and apps that looks like SQL, outside tests and migrations (frozen history).
 */
const ROOT = join(__dirname, '..', '..', '..');

/** Words in quotes in SQL that are SQL, not vocabulary. */
const NOT_VOCABULARY = new Set(['TRUE']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'migrations', 'web'].includes(entry.name) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function vocabularyValues(): Set<string> {
  const values = new Set<string>();
  for (const exported of Object.values(domain)) {
    if (Array.isArray(exported) && exported.every((v) => typeof v === 'string')) for (const v of exported as string[]) values.add(v);
  }
  return values;
}

describe('vocabulary words in SQL', () => {
  const files = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))].filter((f) => !relative(ROOT, f).startsWith(join('libs', 'domain')));
  const words: { file: string; word: string }[] = [];
  for (const file of files) {
    for (const template of readFileSync(file, 'utf8').match(/`[^`]*`/g) ?? []) {
      if (!/\b(SELECT|UPDATE|INSERT|DELETE|WHERE)\b/.test(template)) continue;
      for (const [, word] of template.matchAll(/'([A-Z][A-Z0-9_]*)'/g)) words.push({ file: relative(ROOT, file), word });
    }
  }

  it('finds the queries (the scan itself works)', () => {
    expect(words.some((w) => w.word === 'COMPLETED' && w.file.includes('action-state.sql'))).toBe(true);
  });

  it('are all values of a vocabulary of @app/domain', () => {
    const values = vocabularyValues();
    expect(words.filter((w) => !values.has(w.word) && !NOT_VOCABULARY.has(w.word))).toEqual([]);
  });
});

describe('CHECK constraints of the migrations', () => {
  // The migrations write their SQL out (they must not change once run); the last CHECK of each
  // name must still allow exactly the values of a vocabulary, so a value added to a tuple without
  // a migration fails here.
  const dir = join(ROOT, 'libs', 'db', 'src', 'migrations');
  const latest = new Map<string, string[]>();
  for (const file of readdirSync(dir)
    .filter((f) => /^\d+-.*\.ts$/.test(f))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, name, list] of text.matchAll(/CONSTRAINT "?(\w+)"? CHECK \((?:"?\w+"? IS NULL OR )?"?\w+"? IN \(([^)]*)\)/g)) {
      latest.set(
        name,
        [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]),
      );
    }
  }
  const tuples = (Object.values(domain) as unknown[]).filter((v): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string'));

  it('are found (the scan itself works)', () => {
    expect([...latest.keys()]).toEqual(
      expect.arrayContaining(['objective_pillar_valid', 'objective_version_pillar_valid', 'progress_update_rag_valid', 'digest_preference_frequency_valid']),
    );
  });

  it.each([...latest.entries()])('%s allows exactly the values of a vocabulary', (_name, values) => {
    const sorted = [...values].sort().join();
    expect(tuples.some((t) => [...t].sort().join() === sorted)).toBe(true);
  });
});
