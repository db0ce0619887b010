import { isCalendarDate } from '@app/calendar';

/** A command line that cannot run: told with the usage, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: npm run report -- --plan <delivery plan id> [--as-of YYYY-MM-DD] [--since YYYY-MM-DD]
  (built: node dist/apps/cli/src/main.js report --plan <id> ...)
Prints the plan's board report as JSON, as the boardReport query answers it to an admin.
The database is DATABASE_URL, or the embedded one of an API started with npm start.`;

export interface ReportCommand {
  command: 'report';
  planId: string;
  asOf: string | null;
  since: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `report --plan <id> [--as-of <date>] [--since <date>]`, checked; a UsageError naming what is wrong otherwise. */
export function parseArguments(argv: readonly string[]): ReportCommand {
  const [command, ...rest] = argv;
  if (command !== 'report') throw new UsageError(command ? `Unknown command "${command}"` : 'No command given');
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 1) {
    const [name, inline] = rest[i].split('=', 2);
    if (!['--plan', '--as-of', '--since'].includes(name)) throw new UsageError(`Unknown option "${rest[i]}"`);
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
    options.set(name, value);
  }
  const planId = options.get('--plan');
  if (!planId) throw new UsageError('--plan is required');
  if (!UUID.test(planId)) throw new UsageError(`--plan must be a delivery plan's id (a UUID), got "${planId}"`);
  const date = (name: string) => {
    const value = options.get(name);
    if (value !== undefined && !isCalendarDate(value)) throw new UsageError(`${name} must be a date as YYYY-MM-DD, got "${String(value)}"`);
    return value ?? null;
  };
  return { command: 'report', planId, asOf: date('--as-of'), since: date('--since') };
}
