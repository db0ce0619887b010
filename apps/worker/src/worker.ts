import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { Settings } from '@app/config';
import { AppLogger, databaseUrlOf } from '@app/core';
import { Mailer } from './mailer';
import { RoundsMailService } from './rounds-mail.service';
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

/** Starts the worker: the Nest context over the core, then (unless `workerOnce`) pg-boss with the scheduled tick. */
export async function startWorker(settings: Settings, options: { queue?: boolean } = {}): Promise<RunningWorker> {
  const logger = new Logger('Worker');
  // Up to a minute for the API beside it (`npm start`) to start the embedded database and migrate it.
  const url = await databaseUrlOf(settings, 60_000);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(settings, url), { bufferLogs: true });
  app.useLogger(app.get(AppLogger));
  const mail = app.get(RoundsMailService);
  const clock = app.get(Clock);
  const mailer = new Mailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom, mailDir: settings.mailDir });
  const tick = (now: Date = clock.now()) => mail.tick(now, settings.publicUrl, mailer);

  let boss: PgBoss | null = null;
  if (options.queue !== false && !settings.workerOnce) {
    boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 2 });
    boss.on('error', (error) => logger.error(`pg-boss: ${error.message}`));
    await boss.start();
    await boss.createQueue(TICK_QUEUE, { name: TICK_QUEUE, policy: 'stately', retryLimit: 3, expireInSeconds: 900 });
    await boss.schedule(TICK_QUEUE, settings.roundsTickCron, {}, { tz: 'Europe/London' });
    await boss.work(TICK_QUEUE, async () => {
      await tick();
    });
    // A tick at start, so a worker restarted after a crash resumes at once rather than at the next slot.
    await boss.send(TICK_QUEUE, {});
    logger.log(`Worker running: rounds tick on "${settings.roundsTickCron}", mail ${settings.smtpUrl ? 'over SMTP' : `to ${settings.mailDir}`}`);
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
