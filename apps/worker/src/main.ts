import 'reflect-metadata';
import { startWorker } from './worker';
import { readWorkerSettings } from './worker-settings';

async function main(): Promise<void> {
  const settings = readWorkerSettings();
  const worker = await startWorker(settings);
  if (settings.once) {
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
  console.error(error);
  process.exit(1);
});
