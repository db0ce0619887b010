/**
 * Node flags the API server runs with in production (`npm start`, the Dockerfile's CMD, and
 * `npm run bench`, which measures what production runs).
 *
 * The heap cap keeps the server's memory flat under load: V8 otherwise lets the old generation
 * grow to several times the live heap (~70 MB) before collecting it, and a server under 16
 * concurrent nested reads reached ~400 MB resident. Capped at 192 MB, it stays under 300 MB at
 * the same throughput (docs/performance.md). Raise it if a deployment's exports need more.
 */
module.exports = ['--max-old-space-size=192'];
