import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/** Where `npm run build:web` puts the app (from the sources or from dist/), or WEB_DIST. */
export function webDistDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.WEB_DIST, resolve(__dirname, '../../../web/dist'), resolve(__dirname, '../../../../../apps/web/dist'), resolve('apps/web/dist')];
  return candidates.find((dir) => dir && existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Serves apps/web's build at `/`: hashed files under /assets cached for a year, index.html never
 * cached, and index.html for any other GET that is not an API path (the app's own routes).
 */
export function mountWebApp(app: NestExpressApplication, dir: string | null = webDistDir()): void {
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
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', index: false, fallthrough: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    if (req.path === '/' || req.path === '/index.html') return sendIndex(res);
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
