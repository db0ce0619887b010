import { join } from 'node:path';

/** The worker's settings (README, "Settings"). */
export interface WorkerSettings {
  databaseUrl: string | null;
  dataDir: string;
  smtpUrl: string | null;
  mailFrom: string;
  mailDir: string;
  publicUrl: string;
  /** pg-boss cron of the rounds tick (plan digests and escalations, process the outbox, send). */
  tickCron: string;
  /** Run one tick and exit (tests, benchmarks, a cron job of the host). */
  once: boolean;
}

export function readWorkerSettings(env: NodeJS.ProcessEnv = process.env): WorkerSettings {
  const dataDir = env.DATA_DIR ?? './.data';
  return {
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM ?? 'Partnership Delivery Tracker <no-reply@localhost>',
    mailDir: env.MAIL_DIR ?? join(dataDir, 'mail'),
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`,
    tickCron: env.ROUNDS_TICK_CRON ?? '*/5 * * * *',
    once: env.WORKER_ONCE === 'true',
  };
}
