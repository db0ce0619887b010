import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use under a name. Every relation a resolver follows goes
 * through one, so reading a whole plan costs a fixed number of statements whatever its size.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.byName.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.byName.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Forget cached values, e.g. after a mutation changed rows this request already read. */
  clearAll(): void {
    for (const loader of this.byName.values()) loader.clearAll();
  }
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
