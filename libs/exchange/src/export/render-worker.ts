import { parentPort } from 'node:worker_threads';
import type { BoardPackData } from './board-pack.data';

/** What the pool asks a render worker: one pack, in one format. */
export interface RenderJob {
  format: 'pdf' | 'xlsx';
  data: BoardPackData;
}

/** What it answers: the file's bytes, or why it failed (no stack: it may reach a log only). */
export type RenderResult = { ok: true; body: Uint8Array } | { ok: false; message: string };

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
