import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { Mailer } from './mailer';
import { RoundsMailService } from './rounds-mail.service';
import { WorkerSettings } from './worker-settings';
import { WorkerModule } from './worker.module';

/** The queue of the rounds tick: `stately`, so at most one tick is queued and one runs at a time across workers. */
export const TICK_QUEUE = 'rounds-tick';

export interface RunningWorker {
  app: INestApplicationContext;
  mail: RoundsMailService;
  mailer: Mailer;
  tick(now?: Date): Promise<{ planned: number; sent: number }>;
  stop(): Promise<void>;
}

/**
 * The database URL: DATABASE_URL, or the embedded database the API started in DATA_DIR (it writes
 * its URL there), waited for up to a minute so `npm start` can start both at once.
 */
async function databaseUrl(settings: WorkerSettings): Promise<string> {
  if (settings.databaseUrl) return settings.databaseUrl;
  const file = join(settings.dataDir, 'embedded-database-url');
  for (let waited = 0; waited < 60_000; waited += 500) {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    await sleep(500);
  }
  throw new Error(`No DATABASE_URL and no embedded database URL in ${file}: start the API first`);
}

/** Starts the worker: the Nest context, then (unless `once`) pg-boss with the scheduled tick. */
export async function startWorker(settings: WorkerSettings, options: { queue?: boolean } = {}): Promise<RunningWorker> {
  const logger = new Logger('Worker');
  const url = await databaseUrl(settings);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(url), { logger: ['error', 'warn', 'log'] });
  const mail = app.get(RoundsMailService);
  const clock = app.get(Clock);
  const mailer = new Mailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom, mailDir: settings.mailDir });
  const tick = (now: Date = clock.now()) => mail.tick(now, settings.publicUrl, mailer);

  let boss: PgBoss | null = null;
  if (options.queue !== false && !settings.once) {
    boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 2 });
    boss.on('error', (error) => logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    await boss.createQueue(TICK_QUEUE, { name: TICK_QUEUE, policy: 'stately', retryLimit: 3, expireInSeconds: 900 });
    await boss.schedule(TICK_QUEUE, settings.tickCron, {}, { tz: 'Europe/London' });
    await boss.work(TICK_QUEUE, async () => {
      await tick();
    });
    // A tick at start, so a worker restarted after a crash resumes at once rather than at the next slot.
    await boss.send(TICK_QUEUE, {});
    logger.log(`Worker running: rounds tick on "${settings.tickCron}", mail ${settings.smtpUrl ? 'over SMTP' : `to ${settings.mailDir}`}`);
  }

  return {
    app,
    mail,
    mailer,
    tick,
    async stop() {
      await boss?.stop({ graceful: true, wait: true });
      mailer.close();
      await app.get(DataSource).destroy();
      await app.close();
    },
  };
}
