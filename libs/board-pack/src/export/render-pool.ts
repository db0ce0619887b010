import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppError, ErrorCode } from '@app/common';
import { RenderPoolSettings, Settings } from '@app/config';
import type { BoardPackData } from './board-pack.data';
import type { RenderJob, RenderProcessOptions, RenderResult } from './render-process';

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
 * A pack that needs more memory than a render process has (PACK_RENDER_HEAP_MB): that process ended,
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

/** The last characters a render process wrote to stderr, to tell running out of memory from other ends. */
const STDERR_KEPT = 4096;

/**
 * Board packs rendered away from the server, at most `concurrency` at once per server. A caller
 * first takes a slot (`acquire`: at once, after waiting in a short queue, or refused with
 * PackRenderBusyError), gathers the pack's data, renders PDF and XLSX in a render process, and
 * releases the slot. Each render runs in a process of its own (`node:child_process`, render-process
 * entry) with its own heap cap (`--max-old-space-size`) and a lower CPU priority, which renders one
 * pack and exits: its memory never counts in the server's, a pack too big for its heap ends that
 * process, never the server (PackTooLargeError), and one running past the timeout is killed.
 * `warm` processes are kept started with the writers loaded, so a render does not wait for one to
 * start; they are started on the first render, not at boot.
 */
@Injectable()
export class RenderPool implements OnModuleDestroy {
  private readonly logger = new Logger('RenderPool');
  /** PACK_RENDER_* (README, "Settings"), a copy of the server's. */
  private readonly settings: RenderPoolSettings;
  /** The environment of a render process: none of the server's secrets or database address (Settings.renderEnv). */
  private readonly childEnv: Record<string, string>;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** Every render process alive (warm or rendering), to end them with the server. */
  private readonly children = new Set<ChildProcess>();
  /** Started, writers loading or loaded, waiting for a job. */
  private readonly ready: ChildProcess[] = [];
  private stopped = false;
  /** Mean seconds a slot is held (moving average), for Retry-After. */
  private meanSeconds = 5;

  constructor(settings: Settings) {
    this.settings = { ...settings.renderPool };
    this.childEnv = settings.renderEnv;
  }

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

  /** Renders a PDF or XLSX pack in a render process (the caller holds a slot). */
  render(format: 'pdf' | 'xlsx', data: BoardPackData): Promise<Buffer> {
    const child = this.take();
    this.keepWarm();
    return new Promise<Buffer>((resolve, reject) => {
      let settled = false;
      let stderr = '';
      const finish = (error: Error | null, body?: Buffer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) {
          child.kill('SIGKILL');
          reject(error);
        } else resolve(body!);
      };
      const timer = setTimeout(() => finish(new Error(`Board pack render stopped after ${this.settings.timeoutSeconds} s`)), this.settings.timeoutSeconds * 1000);
      child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-STDERR_KEPT)));
      child.once('message', (result: RenderResult) =>
        result.ok
          ? finish(null, Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength))
          : finish(new Error(`Board pack render failed: ${result.message}`)),
      );
      child.once('error', (error: Error) => finish(new Error(`Board pack render process failed: ${error.message}`)));
      // 'close': after it ended and its output and messages were all read.
      child.once('close', (code, signal) => {
        if (settled) return;
        if (/out of memory/i.test(stderr)) return finish(new PackTooLargeError(format));
        // What it said on its way out is for the log only, never for the caller.
        if (stderr.trim()) this.logger.error(`A board pack render process wrote: ${stderr.trim().slice(-1000)}`);
        finish(new Error(`Board pack render process ended (${signal ?? code}) before answering`));
      });
      const job: RenderJob = { format, data };
      // Serializing the data is work on the event loop: after any request already waiting.
      setImmediate(() => {
        if (settled) return;
        child.send(job, (error) => error && finish(new Error(`Board pack render process not reached: ${error.message}`)));
      });
    }).catch((error: Error) => {
      if (error instanceof PackTooLargeError) this.logger.warn(`A ${format} board pack needed more than ${this.settings.heapMb} MB and was refused`);
      else this.logger.error(error.message);
      throw error;
    });
  }

  /** A warm process if one is ready, else one started now; held by the caller (kept referenced). */
  private take(): ChildProcess {
    const child = this.ready.shift() ?? this.spawn();
    child.ref();
    (child.channel as { ref?: () => void } | undefined)?.ref?.();
    (child.stderr as { ref?: () => void } | null)?.ref?.();
    return child;
  }

  /** Starts processes until `warm` wait ready, at a lower priority than the server. */
  private keepWarm(): void {
    while (!this.stopped && this.ready.length < this.settings.warm) {
      const child = this.spawn(true);
      // A waiting process does not keep the server (or a test) running; it ends with its channel.
      child.unref();
      (child.channel as { unref?: () => void } | undefined)?.unref?.();
      (child.stderr as { unref?: () => void } | null)?.unref?.();
      this.ready.push(child);
      child.once('exit', () => {
        const at = this.ready.indexOf(child);
        if (at >= 0) this.ready.splice(at, 1);
      });
    }
  }

  /**
   * A render process on render-process: the compiled .js in a build; from the TypeScript source
   * (through @swc-node/register, a development dependency) when the server itself runs from source.
   * Its own heap cap, not the server's flags; advanced serialization carries the data and the
   * file's bytes as they are (dates, typed arrays), without JSON.
   */
  private spawn(preload = false): ChildProcess {
    const fromSource = __filename.endsWith('.ts');
    const entry = join(__dirname, `render-process${fromSource ? '.ts' : '.js'}`);
    const options: RenderProcessOptions = { nice: this.settings.nice, preload };
    const child = fork(entry, [JSON.stringify(options)], {
      execArgv: [`--max-old-space-size=${this.settings.heapMb}`, ...(fromSource ? ['-r', '@swc-node/register'] : [])],
      env: this.childEnv,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // A session of its own: not in the server's scheduling group (render-process.ts), nor its
      // process group's signals; it ends with its IPC channel, so with the server.
      detached: true,
    });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    // Not reaching a process (e.g. it could not start) is answered on the render that uses it.
    child.on('error', () => undefined);
    return child;
  }

  onModuleDestroy(): void {
    this.stopped = true;
    for (const child of this.children) child.kill('SIGKILL');
  }
}
