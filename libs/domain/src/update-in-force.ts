import { compareDates } from '@app/calendar';

/** What choosing the update in force needs of a progress update. */
export interface DatedUpdate {
  reportedOn: string;
  /** Creation order; higher was created later. Breaks ties between updates reported on the same day. */
  seq: number;
}

/**
 * The update in force on `asOf`: the latest `reportedOn ≤ asOf`, ties going to the higher `seq`.
 * The one rule the board report, the returns and the import's "is this progress new?" all use.
 */
export function latestUpdateAsOf<T extends DatedUpdate>(updates: readonly T[], asOf: string): T | null {
  let latest: T | null = null;
  for (const update of updates) {
    if (compareDates(update.reportedOn, asOf) > 0) continue;
    if (latest === null) {
      latest = update;
      continue;
    }
    const byDate = compareDates(update.reportedOn, latest.reportedOn);
    if (byDate > 0 || (byDate === 0 && update.seq > latest.seq)) latest = update;
  }
  return latest;
}
