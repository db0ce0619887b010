import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppError, ErrorCode } from '@app/common';
import type { BoardPackData } from './board-pack.data';
import type { RenderJob, RenderResult } from './render-worker';

/** Settings of the board pack renderer (README, "Settings"). */
export interface RenderPoolSettings {
  /** Packs rendered at once by this server (PACK_RENDER_CONCURRENCY). */
  concurrency: number;
  /** Packs waiting for a renderer before more are refused (PACK_RENDER_QUEUE). */
  queue: number;
  /** Old-generation heap of each render worker, in MB (PACK_RENDER_HEAP_MB). */
  heapMb: number;
  /** A render taking longer is stopped (PACK_RENDER_TIMEOUT_SECONDS). */
  timeoutSeconds: number;
  /** Nice value of render threads on Linux, 0 to 19: above the event loop's 0 (PACK_RENDER_NICE). */
  nice: number;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number, ${min} or more (got "${raw}")`);
  return value;
}

export function renderPoolSettings(env: NodeJS.ProcessEnv = process.env): RenderPoolSettings {
  return {
    concurrency: whole(env, 'PACK_RENDER_CONCURRENCY', 2, 1),
    queue: whole(env, 'PACK_RENDER_QUEUE', 4, 0),
    heapMb: whole(env, 'PACK_RENDER_HEAP_MB', 128, 16),
    timeoutSeconds: whole(env, 'PACK_RENDER_TIMEOUT_SECONDS', 120, 1),
    nice: Math.min(19, whole(env, 'PACK_RENDER_NICE', 10, 0)),
  };
}

/**
 * Every renderer busy and the queue full: TOO_MANY_REQUESTS (HTTP 429) with a Retry-After, never
 * a server that stalls or runs out of memory under packs.
 */
export class PackRenderBusyError extends AppError {
  readonly code = ErrorCode.TooManyRequests;
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is producing as many board packs as it can at once; try again in ${retryAfterSeconds} seconds`, { retryAfterSeconds });
  }
}

/**
 * A pack that needs more memory than a render worker has (PACK_RENDER_HEAP_MB): its worker ended,
 * the server unharmed, and the caller told what to ask for instead. BAD_USER_INPUT on `format`.
 */
export class PackTooLargeError extends AppError {
  readonly code = ErrorCode.BadUserInput;
  constructor(format: string) {
    const message = `This board pack is too large to produce as ${format.toUpperCase()} within the memory a pack may use: give a later "since" date, or download the XLSX or CSV pack`;
    super(message, { field: 'format', fields: [{ path: 'format', message }] });
  }
}

/** Releases a render slot (once). */
export type Release = () => void;

/**
 * Board packs rendered off the event loop, at most `concurrency` at once per server. A caller
 * first takes a slot (`acquire`: at once, after waiting in a short queue, or refused with
 * PackRenderBusyError), gathers the pack's data, renders PDF and XLSX in a worker thread, and
 * releases the slot. Each render runs in a fresh worker with a heap of its own
 * (`resourceLimits`), ended when it answers: a pack too big for its heap kills its worker, never
 * the server, and its memory goes back to the system as soon as it is done.
 */
@Injectable()
export class RenderPool implements OnModuleDestroy {
  private readonly logger = new Logger('RenderPool');
  private readonly settings = renderPoolSettings();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly workers = new Set<Worker>();
  /** Mean seconds a slot is held (moving average), for Retry-After. */
  private meanSeconds = 5;

  /** Takes a render slot; the returned function gives it back. */
  async acquire(): Promise<Release> {
    if (this.running >= this.settings.concurrency) {
      if (this.waiting.length >= this.settings.queue) throw new PackRenderBusyError(this.retryAfter());
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running += 1;
    const started = Date.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.meanSeconds = 0.8 * this.meanSeconds + 0.2 * ((Date.now() - started) / 1000);
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    };
  }

  /** Seconds until a slot is likely free: the queue ahead shared between the renderers. */
  private retryAfter(): number {
    const ahead = this.waiting.length + this.running;
    return Math.min(120, Math.max(1, Math.ceil((this.meanSeconds * ahead) / this.settings.concurrency)));
  }

  /** Renders a PDF or XLSX pack in a worker thread (the caller holds a slot). */
  render(format: 'pdf' | 'xlsx', data: BoardPackData): Promise<Buffer> {
    const worker = this.spawn();
    this.workers.add(worker);
    return new Promise<Buffer>((resolve, reject) => {
      let settled = false;
      const finish = (error: Error | null, body?: Buffer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.workers.delete(worker);
        void worker.terminate();
        if (error) reject(error);
        else resolve(body!);
      };
      const timer = setTimeout(() => finish(new Error(`Board pack render stopped after ${this.settings.timeoutSeconds} s`)), this.settings.timeoutSeconds * 1000);
      worker.once('message', (result: RenderResult) =>
        result.ok ? finish(null, Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength)) : finish(new Error(`Board pack render failed: ${result.message}`)),
      );
      worker.once('error', (error: Error & { code?: string }) =>
        finish(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new PackTooLargeError(format) : new Error(`Board pack render worker failed: ${error.message}`)),
      );
      worker.once('exit', (code) => finish(new Error(`Board pack render worker exited (${code}) before answering`)));
      const job: RenderJob = { format, data };
      // Copying the data to the worker is work on this thread: after any request already waiting.
      setImmediate(() => worker.postMessage(job));
    }).catch((error: Error) => {
      if (error instanceof PackTooLargeError) this.logger.warn(`A ${format} board pack needed more than ${this.settings.heapMb} MB and was refused`);
      else this.logger.error(error.message);
      throw error;
    });
  }

  /**
   * A worker on render-worker: the compiled .js in a build; from the TypeScript source (through
   * @swc-node/register, a development dependency) when the server itself runs from source.
   */
  private spawn(): Worker {
    const options = { resourceLimits: { maxOldGenerationSizeMb: this.settings.heapMb, maxYoungGenerationSizeMb: 8 }, workerData: { nice: this.settings.nice } };
    const fromSource = __filename.endsWith('.ts');
    const entry = join(__dirname, `render-worker${fromSource ? '.ts' : '.js'}`);
    if (!fromSource) return new Worker(entry, options);
    return new Worker(`require('@swc-node/register'); require(${JSON.stringify(entry)});`, { ...options, eval: true });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }
}
