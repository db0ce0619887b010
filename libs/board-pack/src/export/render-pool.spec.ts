import type { ChildProcess } from 'node:child_process';
import type { BoardPackData } from './board-pack.data';
import { readSettings, RenderPoolSettings, renderPoolSettings } from '@app/config';
import { PackRenderBusyError, PackTooLargeError, RenderPool } from './render-pool';
import { cutText } from './pdf-board-pack.writer';

describe('render pool settings', () => {
  it('defaults to two renders at once, four waiting, 128 MB heaps, one warm render process', () => {
    expect(renderPoolSettings({})).toEqual({ concurrency: 2, queue: 4, heapMb: 128, timeoutSeconds: 120, nice: 10, warm: 1 });
  });

  it('refuses settings that are not whole numbers in range, naming them', () => {
    expect(() => renderPoolSettings({ PACK_RENDER_CONCURRENCY: '0' })).toThrow('PACK_RENDER_CONCURRENCY must be a whole number, 1 or more (got "0")');
    expect(() => renderPoolSettings({ PACK_RENDER_QUEUE: 'lots' })).toThrow(/PACK_RENDER_QUEUE/);
    expect(renderPoolSettings({ PACK_RENDER_QUEUE: '0', PACK_RENDER_NICE: '40' })).toMatchObject({ queue: 0, nice: 19 });
  });
});

describe('render slots', () => {
  it('gives slots up to the concurrency, queues up to the queue size, then refuses with a Retry-After', async () => {
    const pool = poolWith({ PACK_RENDER_CONCURRENCY: '1', PACK_RENDER_QUEUE: '1' });
    const first = await pool.acquire();
    let secondGot = false;
    const second = pool.acquire().then((release) => {
      secondGot = true;
      return release;
    });
    await new Promise((r) => setImmediate(r));
    expect(secondGot).toBe(false);
    const refused = await pool.acquire().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PackRenderBusyError);
    expect((refused as PackRenderBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refused as PackRenderBusyError).message).toMatch(/try again in \d+ seconds/);

    first();
    first(); // a second release of the same slot gives nothing back
    const release = await second;
    expect(secondGot).toBe(true);
    // The one slot is held by the second caller, the queue is empty: one more may wait, not two.
    const third = pool.acquire();
    await expect(pool.acquire()).rejects.toBeInstanceOf(PackRenderBusyError);
    release();
    (await third)();
    (await pool.acquire())();
  });
});

describe('a render process', () => {
  it('renders a PDF and an XLSX pack in processes of their own', async () => {
    const pool = poolWith({});
    const [pdf, xlsx] = await Promise.all([pool.render('pdf', smallPack()), pool.render('xlsx', smallPack())]);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    pool.onModuleDestroy();
  }, 60_000);
});

describe('a render process past the timeout', () => {
  it('is killed, and the render fails saying it was stopped', async () => {
    const pool = poolWith({ PACK_RENDER_WARM: '0' });
    // Below the setting's whole seconds, so that no machine is fast enough: starting a process and
    // loading the PDF writer alone take longer than 0.2 s, and 200 pages of narratives far longer.
    (pool as unknown as { settings: RenderPoolSettings }).settings.timeoutSeconds = 0.2;
    const error = await pool.render('pdf', longReturnsPack()).catch((e: unknown) => e);
    expect((error as Error).message).toBe('Board pack render stopped after 0.2 s');
    const children = (pool as unknown as { children: Set<ChildProcess> }).children;
    const [child] = [...children];
    if (child) await new Promise((resolve) => child.once('exit', resolve));
    expect(children.size).toBe(0);
  }, 60_000);
});

describe('a render process out of memory', () => {
  it('ends that process and answers BAD_USER_INPUT on format saying what to ask for instead', async () => {
    const pool = poolWith({ PACK_RENDER_HEAP_MB: '16' });
    const error = await pool.render('pdf', longReturnsPack()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PackTooLargeError);
    expect((error as PackTooLargeError).extensions).toMatchObject({ field: 'format' });
    expect((error as PackTooLargeError).message).toMatch(/too large to produce as PDF .* download the XLSX or CSV pack/);
  }, 60_000);
});

/** A pool with these PACK_RENDER_* settings, and the test's own environment for its render processes. */
function poolWith(env: NodeJS.ProcessEnv): RenderPool {
  const settings = readSettings();
  return new RenderPool({ ...settings, renderPool: renderPoolSettings(env) });
}

const ROLL_UP = {
  total: 0,
  cancelled: 0,
  completed: 0,
  overdue: 0,
  dueSoon: 0,
  stale: 0,
  progress: 0,
  byStatus: { notStarted: 0, inProgress: 0, onHold: 0, completed: 0 },
  byRag: { red: 0, amber: 0, green: 0, blue: 0 },
};

function smallPack(): BoardPackData {
  return {
    partnership: { name: 'P', timezone: 'Europe/London' },
    strategy: { title: 'S' },
    plan: { title: 'T', startDate: '2024-01-01', endDate: '2027-12-31' },
    asOf: '2026-11-29',
    since: null,
    generatedAt: new Date(),
    settings: { staleAfterDays: 90, dueSoonDays: 30 },
    overall: ROLL_UP,
    byPillar: [],
    byObjective: [],
    byAgency: [],
    overdueActions: [],
    overdueMilestones: [],
    dueSoon: [],
    staleActions: [],
    changes: [],
    updatesSince: [],
    allActions: [],
  };
}

/** A pack with 2,000 returns of 4,500 characters since its `since` date. */
function longReturnsPack(): BoardPackData {
  const narrative = 'Partners met as planned; referrals and training figures are in the annex. '.repeat(60);
  const updatesSince = Array.from({ length: 2000 }, (_, n) => ({
    reportedOn: '2026-01-01',
    ref: `R${n}`,
    title: 't',
    author: 'a',
    agency: 'Police',
    status: 'IN_PROGRESS',
    percentComplete: 50,
    rag: 'GREEN',
    narrative,
  }));
  return { ...smallPack(), since: '2025-01-01', updatesSince };
}

describe('cutText', () => {
  it('keeps short text, and cuts long text at a word saying how much is left out', () => {
    expect(cutText('short', 10)).toBe('short');
    expect(cutText('one two three four', 10)).toBe('one two [... 11 more characters in the XLSX pack]');
  });
});
