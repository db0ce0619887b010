#!/usr/bin/env node
/**
 * After `vite build`: writes a brotli (.br) and a gzip (.gz) copy beside each text file of
 * apps/web/dist/assets, which the server sends to browsers that accept them.
 */
const { readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { brotliCompressSync, constants, gzipSync } = require('node:zlib');

const dir = join(__dirname, '../apps/web/dist/assets');
for (const name of readdirSync(dir)) {
  if (!/\.(js|css|svg|json|map)$/.test(name)) continue;
  const raw = readFileSync(join(dir, name));
  writeFileSync(join(dir, `${name}.gz`), gzipSync(raw, { level: 9 }));
  writeFileSync(
    join(dir, `${name}.br`),
    brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  );
}
