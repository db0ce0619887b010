import { readdirSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import type { BoardPackData } from './board-pack.data';

/** What the pool asks a render process: one pack, in one format. */
export interface RenderJob {
  format: 'pdf' | 'xlsx';
  data: BoardPackData;
}

/** What it answers: the file's bytes, or why it failed (no stack: it may reach a log only). */
export type RenderResult = { ok: true; body: Uint8Array } | { ok: false; message: string };

/** How the pool starts a render process (its argv after the entry). */
export interface RenderProcessOptions {
  /** Nice value, 0 to 19. */
  nice: number;
  /** Load both writers at once, before a job arrives (a warm process). */
  preload: boolean;
}

/**
 * Renders at a lower CPU priority than the server, every thread of this process (the main thread,
 * V8's garbage collection and compiler threads; threads started later inherit it), so requests keep
 * being answered while packs render on a busy machine. Linux gives each thread its own nice value;
 * elsewhere this lowers the main thread's or does nothing.
 *
 * Where Linux groups processes by session for scheduling (autogroup), a render in the server's
 * session would spend that group's share of the CPU and leave the server waiting behind other
 * groups; so the pool starts this process in a session of its own (`detached`), and its group gets
 * the same nice value.
 */
function lowerPriority(nice: number): void {
  if (nice <= 0) return;
  try {
    writeFileSync('/proc/self/autogroup', String(nice));
  } catch {
    // no autogroup, or not allowed
  }
  let threads: number[] = [];
  try {
    threads = readdirSync('/proc/self/task')
      .map(Number)
      .filter((tid) => Number.isInteger(tid) && tid > 0);
  } catch {
    // not Linux
  }
  for (const tid of threads.length ? threads : [0]) {
    try {
      setPriority(tid, nice);
    } catch {
      // not allowed: that thread renders at the normal priority
    }
  }
}

const writers = {
  pdf: () => import('./pdf-board-pack.writer').then((m) => m.boardPackPdf),
  xlsx: () => import('./xlsx-board-pack.writer').then((m) => m.boardPackXlsx),
};

/**
 * A render process (node:child_process, started by RenderPool): renders one board pack away from
 * the server, in a heap of its own (`--max-old-space-size`), answers once over its IPC channel and
 * exits, giving all its memory back. It ends with the server too (its channel closes).
 */
function main(): void {
  const options = JSON.parse(process.argv[2] ?? '{}') as Partial<RenderProcessOptions>;
  lowerPriority(Math.min(19, Math.max(0, options.nice ?? 0)));
  process.once('disconnect', () => process.exit(0));
  if (options.preload) void Promise.all([writers.pdf(), writers.xlsx()]).catch(() => undefined);
  process.once('message', (job: RenderJob) => void render(job));
}

/** Renders the one job this process is for, answers the parent and exits. */
async function render(job: RenderJob): Promise<void> {
  let result: RenderResult;
  try {
    const body = await (await writers[job.format]())(job.data);
    result = { ok: true, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  process.send!(result, () => process.exit(0));
}

if (require.main === module && process.send) main();
