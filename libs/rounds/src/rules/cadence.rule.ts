import { addDays, compareDates } from '@app/calendar';
import { RoundCadence } from '@app/domain';

/** One generated round's dates. */
export interface CadenceRound {
  opensOn: string;
  deadline: string;
}

/** `d` moved by `months` calendar months, the day clamped to the month's last day (31 January + 1 → 28 or 29 February). */
export function addMonths(d: string, months: number): string {
  const [y, m, day] = d.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = lastDayOfMonth(year, month);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

function lastDayOfMonth(year: number, month: number): number {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return Number(addDays(next, -1).slice(8));
}

/**
 * Rounds at a cadence: the first opens on `from`, each later one a month (or three) after the one
 * before, counted from `from` (so 31 January → 28 February → 31 March); every round whose opening
 * day is on or before `until` is generated. Each stays open `openDays` days, its deadline the last.
 */
export function cadenceRounds(from: string, until: string, cadence: RoundCadence, openDays: number): CadenceRound[] {
  const step = cadence === RoundCadence.MONTHLY ? 1 : 3;
  const rounds: CadenceRound[] = [];
  for (let i = 0; ; i++) {
    const opensOn = addMonths(from, i * step);
    if (compareDates(opensOn, until) > 0) return rounds;
    rounds.push({ opensOn, deadline: addDays(opensOn, openDays - 1) });
  }
}
