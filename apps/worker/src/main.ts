import 'reflect-metadata';
import { startWorker } from './worker';
import { readSettings, SettingsError } from '@app/config';

async function main(): Promise<void> {
  const settings = readSettings();
  const worker = await startWorker(settings);
  if (settings.workerOnce) {
    const { planned, sent } = await worker.tick();
    console.log(JSON.stringify({ planned, sent }));
    await worker.stop();
    return;
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      worker.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error) => {
  // A setting that stops the start is told as a sentence naming the variable, not a stack trace.
  console.error(error instanceof SettingsError ? error.message : error);
  process.exit(1);
});
