import { PillarName, REF_PATTERN, TITLE_MAX } from '@app/domain';
import { isBlank, parsePillar } from './cell-values.rule';
import { ExistingObjective, ImportOptions, ImportProblemCode, NewObjective, RowRef } from './import-plan.types';
import { RowReader } from './import-row';

/** The strategy's objectives by code, and the ones the file creates. */
export interface ObjectiveBook {
  byCode: Map<string, ExistingObjective>;
  created: Map<string, NewObjective>;
}

export function objectiveBook(objectives: readonly ExistingObjective[]): ObjectiveBook {
  return { byCode: new Map(objectives.map((o) => [o.code.toUpperCase(), o])), created: new Map() };
}

/**
 * The row's pillar and objective: an objective of the strategy (under the pillar the row gives, if
 * any), one an earlier row creates, or, with createMissingObjectives, a new one (pillar and title
 * given). Null with a problem when none of these.
 */
export function readObjective(r: RowReader, book: ObjectiveBook, options: Pick<ImportOptions, 'createMissingObjectives'>): RowRef | null {
  const { found } = r;
  let pillar: PillarName | null = null;
  if (!isBlank(r.value('pillar'))) {
    const parsed = parsePillar(r.value('pillar'));
    if (parsed.ok) pillar = parsed.value;
    else r.problem('pillar', ImportProblemCode.UnknownPillar, parsed.message);
  }
  const code = r.text('objectiveCode');
  if (code === '') {
    r.problem('objectiveCode', ImportProblemCode.Required, `${found.column('objectiveCode')} is required`);
    return null;
  }
  const key = code.toUpperCase();
  const existing = book.byCode.get(key);
  const planned = book.created.get(key);
  const objectiveTitle = r.text('objectiveTitle');
  if (existing) {
    if (pillar && pillar !== existing.pillar) {
      r.problem('pillar', ImportProblemCode.PillarMismatch, `Objective ${existing.code} is under ${existing.pillar}, not ${pillar}`);
      return null;
    }
    return { id: existing.id };
  }
  if (planned) {
    if (pillar && pillar !== planned.pillar) {
      r.problem('pillar', ImportProblemCode.ObjectiveConflict, `Row ${planned.row} puts new objective ${planned.code} under ${planned.pillar}`);
    } else if (objectiveTitle !== '' && objectiveTitle !== planned.title) {
      r.problem('objectiveTitle', ImportProblemCode.ObjectiveConflict, `Row ${planned.row} gives new objective ${planned.code} another title`);
    } else return { key };
    return null;
  }
  if (!options.createMissingObjectives) {
    r.problem(
      'objectiveCode',
      ImportProblemCode.UnknownObjective,
      `The strategy has no objective ${code} (add it first, or import with createMissingObjectives=true)`,
    );
  } else if (!REF_PATTERN.test(code)) {
    r.problem(
      'objectiveCode',
      ImportProblemCode.InvalidObjectiveCode,
      `"${code.slice(0, 40)}" is not an objective code: 1-20 letters, digits, dots, hyphens or slashes`,
    );
  } else if (!pillar) {
    if (isBlank(r.value('pillar'))) r.problem('pillar', ImportProblemCode.Required, `${found.column('pillar')} is needed to create objective ${code}`);
  } else if (objectiveTitle === '') {
    r.problem('objectiveTitle', ImportProblemCode.Required, `${found.column('objectiveTitle')} is needed to create objective ${code}`);
  } else if (objectiveTitle.length > TITLE_MAX) {
    r.problem('objectiveTitle', ImportProblemCode.TooLong, `At most ${TITLE_MAX} characters`);
  } else {
    book.created.set(key, { key, code, pillar, title: objectiveTitle, row: r.row });
    return { key };
  }
  return null;
}
