import { compareDates } from '@app/calendar';
import { ActionEvaluation, evaluateFromState, isMilestoneCompleteAsOf, RuleSettings, stateAsOf, UpdateFact } from './action-state.rule';

/**
 * The plan's structure as of a date (docs/rules.md "The plan as of a date"), as plain functions:
 * versions in force over `[validFrom, validTo)` (`validTo` null: still in force; `validFrom` may be
 * '-infinity'), and the edit rule the database's history triggers apply.
 */

export interface Versioned {
  validFrom: string;
  validTo: string | null;
}

export interface ActionVersionFact extends Versioned {
  inPlan: boolean;
  dueDate: string;
  startDate: string | null;
}

export interface MilestoneVersionFact extends Versioned {
  inPlan: boolean;
  dueDate: string;
  completedOn: string | null;
}

export interface SettingsVersionFact extends Versioned, RuleSettings {}

export interface ActionHistory {
  inPlanSince: string;
  versions: ActionVersionFact[];
  updates: UpdateFact[];
  milestones: { versions: MilestoneVersionFact[] }[];
}

const NEG_INFINITY = '-infinity';

/** Orders two dates where either may be '-infinity'. */
function cmp(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NEG_INFINITY) return -1;
  if (b === NEG_INFINITY) return 1;
  return compareDates(a, b);
}

/** The version in force at the end of `asOf`, or null before the first one. */
export function versionAsOf<T extends Versioned>(versions: readonly T[], asOf: string): T | null {
  for (const v of versions) {
    if (cmp(v.validFrom, asOf) <= 0 && (v.validTo === null || cmp(v.validTo, asOf) > 0)) return v;
  }
  return null;
}

/**
 * An edit taking effect from `effectiveFrom`: the version in force that day is split there, and
 * every version from that day on takes the changed values (a back-dated correction overrides later
 * values of the changed fields only). An edit dated before the first version applies from it.
 */
export function applyEdit<T extends Versioned>(versions: readonly T[], effectiveFrom: string, changes: Partial<Omit<T, keyof Versioned>>): T[] {
  const first = versions[0]?.validFrom;
  const e = first !== undefined && cmp(effectiveFrom, first) < 0 ? first : effectiveFrom;
  const out: T[] = [];
  for (const v of versions) {
    const startsBefore = cmp(v.validFrom, e) < 0;
    if (startsBefore && (v.validTo === null || cmp(v.validTo, e) > 0)) {
      out.push({ ...v, validTo: e });
      out.push({ ...v, ...changes, validFrom: e });
    } else if (startsBefore) {
      out.push(v);
    } else {
      out.push({ ...v, ...changes });
    }
  }
  return out;
}

/** Settings in force on `asOf`: the history's version, or fixed settings. */
export function settingsAsOf(settings: readonly SettingsVersionFact[] | RuleSettings, asOf: string): RuleSettings {
  if (!Array.isArray(settings)) return settings as RuleSettings;
  const v = versionAsOf(settings as readonly SettingsVersionFact[], asOf);
  if (!v) throw new RangeError(`No settings in force on ${asOf}`);
  return { staleAfterDays: v.staleAfterDays, dueSoonDays: v.dueSoonDays };
}

/**
 * An action evaluated as of `asOf` with the structure in force then, or null when it was not in the
 * plan on `asOf` (not yet entered, or removed).
 */
export function evaluateActionHistory(history: ActionHistory, asOf: string, settings: readonly SettingsVersionFact[] | RuleSettings): ActionEvaluation | null {
  const version = versionAsOf(history.versions, asOf);
  if (!version || !version.inPlan) return null;
  const state = stateAsOf(history.updates, asOf);
  const milestoneOverdue =
    state.status !== 'CANCELLED' &&
    history.milestones.some((m) => {
      const mv = versionAsOf(m.versions, asOf);
      return mv !== null && mv.inPlan && !isMilestoneCompleteAsOf(mv, asOf) && compareDates(mv.dueDate, asOf) < 0;
    });
  return evaluateFromState(
    { ...state, dueDate: version.dueDate, startDate: version.startDate, inPlanSince: history.inPlanSince, milestoneOverdue },
    asOf,
    settingsAsOf(settings, asOf),
  );
}
