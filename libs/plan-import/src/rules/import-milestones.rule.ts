import { isBlank, MilestoneText, parseMilestones } from './cell-values.rule';
import { ExistingMilestone, ImportProblemCode, MilestoneMove } from './import-plan.types';
import { RowReader } from './import-row';

const titleKey = (title: string): string => title.toLowerCase().replace(/\s+/g, ' ').trim();

/** The row's milestones (title and due date each), none listed twice. */
export function readMilestones(r: RowReader): MilestoneText[] {
  if (isBlank(r.value('milestones'))) return [];
  const parsed = parseMilestones(r.text('milestones'));
  for (const message of parsed.errors) r.problem('milestones', ImportProblemCode.BadMilestone, message);
  const seen = new Set<string>();
  for (const m of parsed.milestones) {
    if (seen.has(titleKey(m.title))) r.problem('milestones', ImportProblemCode.DuplicateMilestone, `Milestone "${m.title}" is listed twice`);
    seen.add(titleKey(m.title));
  }
  return parsed.milestones;
}

/** Milestones matched to the action's by title: new ones to add, and held ones whose due date moves. */
export function milestoneChanges(milestones: readonly MilestoneText[], held: readonly ExistingMilestone[]): { toAdd: MilestoneText[]; toMove: MilestoneMove[] } {
  const toAdd: MilestoneText[] = [];
  const toMove: MilestoneMove[] = [];
  const byTitle = new Map(held.map((m) => [titleKey(m.title), m]));
  for (const m of milestones) {
    const match = byTitle.get(titleKey(m.title));
    if (!match) toAdd.push(m);
    else if (match.dueDate !== m.dueDate) toMove.push({ id: match.id, title: match.title, from: match.dueDate, to: m.dueDate });
  }
  return { toAdd, toMove };
}
