import { PackRenderBusyError, RenderPool, renderPoolSettings } from './render-pool';
import { cutText } from './pdf-board-pack.writer';

describe('render pool settings', () => {
  it('defaults to two renders at once, four waiting, 96 MB heaps', () => {
    expect(renderPoolSettings({})).toEqual({ concurrency: 2, queue: 4, heapMb: 96, timeoutSeconds: 120, nice: 10 });
  });

  it('refuses settings that are not whole numbers in range, naming them', () => {
    expect(() => renderPoolSettings({ PACK_RENDER_CONCURRENCY: '0' })).toThrow('PACK_RENDER_CONCURRENCY must be a whole number, 1 or more (got "0")');
    expect(() => renderPoolSettings({ PACK_RENDER_QUEUE: 'lots' })).toThrow(/PACK_RENDER_QUEUE/);
    expect(renderPoolSettings({ PACK_RENDER_QUEUE: '0', PACK_RENDER_NICE: '40' })).toMatchObject({ queue: 0, nice: 19 });
  });
});

describe('render slots', () => {
  const saved = { ...process.env };
  afterEach(() => (process.env = { ...saved }));

  it('gives slots up to the concurrency, queues up to the queue size, then refuses with a Retry-After', async () => {
    Object.assign(process.env, { PACK_RENDER_CONCURRENCY: '1', PACK_RENDER_QUEUE: '1' });
    const pool = new RenderPool();
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

describe('cutText', () => {
  it('keeps short text, and cuts long text at a word saying how much is left out', () => {
    expect(cutText('short', 10)).toBe('short');
    expect(cutText('one two three four', 10)).toBe('one two [... 11 more characters in the XLSX pack]');
  });
});
