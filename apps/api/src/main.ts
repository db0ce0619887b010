import { Logger } from '@nestjs/common';
import { printSchemaFile } from './print-schema';
import { startServer } from './server';
import { readSettings, SettingsError } from '@app/config';

async function main(): Promise<void> {
  if (process.argv.includes('--print-schema')) {
    await printSchemaFile(process.argv[process.argv.indexOf('--print-schema') + 1]);
    return;
  }
  const logger = new Logger('Main');
  const settings = readSettings();
  const server = await startServer(settings);

  if (server.demoCredentials?.length) {
    // Printed once, when the demo is first loaded, as plain text for the person starting it.
    const lines = server.demoCredentials.map((c) => `  ${c.role.padEnd(13)} ${c.email.padEnd(32)} ${c.password}`);
    process.stdout.write(`\nDemo accounts (role, e-mail, password):\n${lines.join('\n')}\n\n`);
  }
  logger.log(`GraphQL ready at ${server.url}/graphql (health: ${server.url}/health)`);
  process.stdout.write(`\nOpen http://localhost:${settings.port}/ in a browser to use the web app.\n\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing requests in flight, then stopping`);
    server.close().then(
      () => process.exit(0),
      (error) => {
        logger.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  // A setting that stops the start is told as a sentence naming the variable, not a stack trace.
  const told = error instanceof SettingsError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  new Logger('Main').error(told);
  process.exit(1);
});
