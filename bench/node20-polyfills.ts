/**
 * PostGraphile v5 declares Node >= 22 and calls `Promise.withResolvers` (V8 12.x), which the
 * project's Node 20 lacks; without it every query fails inside grafast. This is the whole gap (no
 * other Node 22 API is used by its packages), so the peer runs on the project's Node with this
 * one standard-conforming shim, imported before PostGraphile.
 */
const promise = Promise as unknown as { withResolvers?: <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } };
if (typeof promise.withResolvers !== 'function') {
  promise.withResolvers = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const p = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise: p, resolve, reject };
  };
}

export {};
