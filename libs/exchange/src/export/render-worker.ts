import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { BoardPackData } from './board-pack.data';

/** What the pool asks a render worker: one pack, in one format. */
export interface RenderJob {
  format: 'pdf' | 'xlsx';
  data: BoardPackData;
}

/** What it answers: the file's bytes, or why it failed (no stack: it may reach a log only). */
export type RenderResult = { ok: true; body: Uint8Array } | { ok: false; message: string };

/**
 * Renders at a lower CPU priority than the server's event loop, so requests keep being answered
 * while packs render on a busy machine. Linux gives each thread its own nice value (setpriority on
 * the thread id); elsewhere this does nothing.
 */
function lowerPriority(nice: number): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, nice);
  } catch {
    // not Linux, or not allowed: render at the normal priority
  }
}

lowerPriority((workerData as { nice?: number } | undefined)?.nice ?? 0);

/**
 * A render worker (node:worker_threads): renders one board pack off the server's event loop, in a
 * heap of its own (see RenderPool), and answers once. Only the writer the format needs is loaded.
 */
parentPort?.once('message', async (job: RenderJob) => {
  let result: RenderResult;
  try {
    const body =
      job.format === 'pdf'
        ? await (await import('./pdf-board-pack.writer')).boardPackPdf(job.data)
        : await (await import('./xlsx-board-pack.writer')).boardPackXlsx(job.data);
    result = { ok: true, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(result, result.ok ? [result.body.buffer as ArrayBuffer] : []);
});
