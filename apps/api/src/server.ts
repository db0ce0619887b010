import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { sqlCounter } from '@app/common';
import { Settings } from '@app/config';
import { AppLogger, EMBEDDED_DATABASE_URL_FILE } from '@app/core';
import { EmbeddedDatabase, startEmbeddedPostgres } from '@app/db';
import { DemoCredentials, DemoSeeder } from '@app/demo';
import { UserService } from '@app/identity';
import { AppModule } from './app.module';
import { accessLog, withRequestLogger } from './logging';
import { mountWebApp, webDistDir } from './web/web-app';

export interface RunningServer {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  demoCredentials: DemoCredentials[] | null;
  /**
   * Stops accepting requests, lets those in flight finish (for at most SHUTDOWN_GRACE_MS, then
   * closes their connections), then closes the pool and stops an embedded database.
   */
  close(): Promise<void>;
}

/**
 * Starts the API: the database (embedded unless DATABASE_URL), migrations, the demo seed and the
 * bootstrap admin when configured, then HTTP. Used by `main.ts` and by the end-to-end tests.
 */
export async function startServer(settings: Settings): Promise<RunningServer> {
  const logger = new Logger('Server');
  let embedded: EmbeddedDatabase | null = null;
  if (!settings.databaseUrl) {
    // The worker beside it (`npm start`) finds the database in this file (apps/worker/src/worker.ts),
    // written once the migrations have run: never an earlier run's address.
    rmSync(join(settings.dataDir, EMBEDDED_DATABASE_URL_FILE), { force: true });
    embedded = await startEmbeddedPostgres(settings.dataDir);
    logger.log(`Embedded PostgreSQL running with data in ${settings.dataDir}`);
  }
  const databaseUrl = settings.databaseUrl ?? embedded!.url;
  try {
    return await startApp(settings, databaseUrl, embedded);
  } catch (error) {
    // Never leave an embedded postmaster running behind a server that failed to start.
    await embedded?.stop();
    throw error;
  }
}

async function startApp(settings: Settings, databaseUrl: string, embedded: EmbeddedDatabase | null): Promise<RunningServer> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings, databaseUrl), {
    bufferLogs: true,
    bodyParser: false,
  });
  const appLogger = app.get(AppLogger);
  app.useLogger(appLogger);
  if (embedded) writeFileSync(join(settings.dataDir, EMBEDDED_DATABASE_URL_FILE), embedded.url, { mode: 0o600 });
  app.use(accessLog(appLogger.pino));
  app.useBodyParser('json', { limit: settings.bodyLimit });
  app.use((_req: Request, _res: Response, next: NextFunction) => sqlCounter.run({ statements: 0 }, next));
  app.use(withRequestLogger);
  app.set('trust proxy', settings.trustProxy);
  app.disable('x-powered-by');
  app.use((_req: Request, res: Response, next: NextFunction) => {
    // Responses are JSON or downloads: never sniffed as something else, never framed, no referrer leaks.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  // The web app (apps/web) at `/`; the API keeps /graphql, /api/* and /health*.
  mountWebApp(app, webDistDir(settings.webDist));

  // The bootstrap admin first: the demo then adds no admin of its own, and never takes the e-mail.
  if (settings.bootstrapAdmin) await app.get(UserService).ensureAdmin(settings.bootstrapAdmin.email, settings.bootstrapAdmin.password);
  let demoCredentials: DemoCredentials[] | null = null;
  if (settings.seedDemo) demoCredentials = await app.get(DemoSeeder).seedIfEmpty();
  // The change counters of connections that have gone, folded into one row per partnership (sums kept).
  await app.get(DataSource).query('SELECT fold_data_version()');

  await app.listen(settings.port, settings.host);
  const address = app.getHttpServer().address() as { port: number };
  let closing: Promise<void> | null = null;
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    databaseUrl,
    demoCredentials,
    close() {
      closing ??= (async () => {
        // Nest's own close would close the pool before the HTTP server: requests in flight would fail.
        await drain(app.getHttpServer(), settings.shutdownGraceMs, new Logger('Server'));
        await app.close();
        await embedded?.stop();
      })();
      return closing;
    },
  };
}

/**
 * Stops accepting connections and waits until those open have ended: idle keep-alive connections
 * are closed at once and again as requests finish, so only requests in flight are waited for, at
 * most `graceMs`; connections still busy then are closed.
 */
async function drain(server: Server, graceMs: number, logger: Logger): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = Date.now() + graceMs;
  let done = false;
  void closed.then(() => (done = true));
  while (!done && Date.now() < deadline) {
    server.closeIdleConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  if (!done) {
    logger.warn(`Requests still in flight after ${graceMs} ms: closing their connections`);
    server.closeAllConnections();
    await closed;
  }
}
