import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * The web app's Content-Security-Policy: scripts, styles, fonts and images from this server only,
 * no inline script or style element, no framing. The bundled script sets govuk-frontend's
 * `js-enabled` class itself, so no inline script is needed.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths that belong to the API: never answered with the app's index.html. */
export function isApiPath(path: string): boolean {
  return /^\/(graphql|api|health)(\/|$)/.test(path) || path.startsWith('/health');
}

/** Where `npm run build:web` puts the app (from the sources or from dist/), or WEB_DIST (`given`). */
export function webDistDir(given: string | null = null): string | null {
  const candidates = [given, resolve(__dirname, '../../../web/dist'), resolve(__dirname, '../../../../../apps/web/dist'), resolve('apps/web/dist')];
  return candidates.find((dir) => dir && existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Serves apps/web's build at `/`: hashed files under /assets cached for a year, index.html never
 * cached, and index.html for any other GET that is not an API path (the app's own routes).
 */
export function mountWebApp(app: NestExpressApplication, dir: string | null): void {
  if (!dir) {
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
      res.status(404).type('text/plain').send('The web app is not built. Run `npm run build:web` (npm start does it for you), then reload.');
    });
    return;
  }
  const index = readFileSync(join(dir, 'index.html'));
  const sendIndex = (res: Response) => {
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(index);
  };
  const assets = compressedAssets(join(dir, 'assets'));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    if (req.path === '/' || req.path === '/index.html') return sendIndex(res);
    if (req.path.startsWith('/assets/')) return sendAsset(req, res, assets.get(req.path.slice('/assets/'.length)));
    return next();
  });
  app.useStaticAssets(dir, { index: false, maxAge: '1d' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    // A file-like path that was not found stays a 404; anything else is a route of the app.
    if (/\.[a-z0-9]+$/i.test(req.path)) return next();
    return sendIndex(res);
  });
}

interface Asset {
  type: string;
  etag: string;
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * The build's hashed files, read once at start with the brotli and gzip copies `npm run build:web`
 * writes beside them (scripts/compress-web.js), so the app's JavaScript travels compressed with no
 * compression work per request.
 */
function compressedAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  const names = readdirSync(dir);
  const copy = (name: string, raw: Buffer) => (names.includes(name) ? readFileSync(join(dir, name)) : raw);
  for (const name of names) {
    if (name.endsWith('.gz') || name.endsWith('.br')) continue;
    const raw = readFileSync(join(dir, name));
    assets.set(name, {
      type: TYPES[extname(name)] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(raw).digest('base64url')}"`,
      raw,
      gzip: copy(`${name}.gz`, raw),
      br: copy(`${name}.br`, raw),
    });
  }
  return assets;
}

function sendAsset(req: Request, res: Response, asset: Asset | undefined): void {
  if (!asset) {
    res.status(404).type('text/plain').send('Not found');
    return;
  }
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', asset.etag);
  res.setHeader('Content-Type', asset.type);
  if (req.headers['if-none-match'] === asset.etag) {
    res.status(304).end();
    return;
  }
  const accepts = String(req.headers['accept-encoding'] ?? '');
  let body = asset.raw;
  if (asset.br !== asset.raw && /\bbr\b/.test(accepts)) {
    res.setHeader('Content-Encoding', 'br');
    body = asset.br;
  } else if (asset.gzip !== asset.raw && /\bgzip\b/.test(accepts)) {
    res.setHeader('Content-Encoding', 'gzip');
    body = asset.gzip;
  }
  res.setHeader('Content-Length', String(body.length));
  res.status(200).end(req.method === 'HEAD' ? undefined : body);
}
