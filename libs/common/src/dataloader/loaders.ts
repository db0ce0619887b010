import DataLoader from 'dataloader';

/** A value, or a promise of it: what a field resolver may return. */
export type Awaitable<T> = T | Promise<T>;

/**
 * A DataLoader that also remembers the values it has settled (loaded or primed), so a field whose
 * row this request already holds resolves synchronously. graphql-js completes a plain value in
 * place; a promise costs it a microtask round and an async-hooks context per field, which for the
 * hundreds of relation fields of a nested read was a large share of its time (docs/performance.md).
 */
export class BatchLoader<K, V> extends DataLoader<K, V> {
  private readonly settled = new Map<K, V>();

  constructor(batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>) {
    super(
      async (keys) => {
        const values = await batch(keys);
        for (let i = 0; i < keys.length; i += 1) {
          const value = values[i];
          if (!(value instanceof Error)) this.settled.set(keys[i], value);
        }
        return values;
      },
      { maxBatchSize: 1000 },
    );
  }

  /** The value at once when this request already has it, else the batched load. */
  now(key: K): Awaitable<V> {
    return this.settled.has(key) ? this.settled.get(key)! : this.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!this.settled.has(key) && !(value instanceof Error) && !isPromiseLike(value)) this.settled.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.settled.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.settled.clear();
    return super.clearAll();
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Per-request DataLoaders, created on first use under a name. Every relation a resolver follows goes
 * through one, so reading a whole plan costs a fixed number of statements whatever its size.
 */
export class Loaders {
  private readonly byName = new Map<string, BatchLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): BatchLoader<K, V> {
    let loader = this.byName.get(name) as BatchLoader<K, V> | undefined;
    if (!loader) {
      loader = new BatchLoader<K, V>(batch);
      this.byName.set(name, loader);
    }
    return loader;
  }

  /** Forget cached values, e.g. after a mutation changed rows this request already read. */
  clearAll(): void {
    for (const loader of this.byName.values()) loader.clearAll();
  }
}

/** A relation's row, which foreign keys guarantee exists: `value` without its null, sync or not. */
export function present<T>(value: Awaitable<T | null>): Awaitable<T> {
  return value instanceof Promise ? value.then((v) => v!) : value!;
}

/** `fn` applied to a value that may still be on its way, without a promise when it is not. */
export function mapAwaitable<T, R>(value: Awaitable<T>, fn: (value: T) => R): Awaitable<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** Orders batch results by key; a missing key yields `fallback` (null for "not found"). */
export function byKey<K, V, R = V | null>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, fallback: R = null as R): (V | R)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => (map.has(key) ? map.get(key)! : fallback));
}

/** Groups batch results per key, keeping the rows' order; a key with none gets []. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
