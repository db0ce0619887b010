import type { RunResult } from './load';

/** The bench's printed output: the results table and the targets. */

export const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));

export function table(results: RunResult[]): string {
  const lines = [
    '| scenario | served by | callers | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | peak RSS MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const sql = r.sqlMin === null ? '–' : r.sqlMin === r.sqlMax ? String(r.sqlMin) : `${r.sqlMin}–${r.sqlMax}`;
    lines.push(
      `| ${r.scenario} | ${r.target} | ${r.connections} | ${fmt(r.rps, 0)} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${r.errors} | ${sql} | ${fmt(r.peakRssMb, 0)} |`,
    );
  }
  return lines.join('\n');
}

export interface Check {
  target: string;
  value: string;
  met: boolean | null;
}
