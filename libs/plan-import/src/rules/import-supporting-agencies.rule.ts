import { agencyKey } from './cell-values.rule';
import { splitAgencyList } from './agency-names.rule';
import { ImportProblemCode, RowRef } from './import-plan.types';
import { AgencyBook } from './import-agencies.rule';
import { RowReader } from './import-row';

/**
 * The row's supporting agencies (the joint lead's others first), or undefined when the file has no
 * such column and no joint lead; `names` as the agencies are called, without repeats or the lead.
 */
export function readSupportingAgencies(
  r: RowReader,
  book: AgencyBook,
  leadName: string,
  coLeads: readonly string[],
): { supporting: RowRef[] | undefined; names: string[] | null } {
  if (!r.has('supportingAgencies') && coLeads.length === 0) return { supporting: undefined, names: null };
  const supporting: RowRef[] = [];
  const named = [...coLeads, ...splitAgencyList(r.text('supportingAgencies'), book.isKnown)];
  named.forEach((name, i) => {
    const resolved = book.resolve(name, r.row);
    if (typeof resolved === 'string') r.problem(i < coLeads.length ? 'leadAgency' : 'supportingAgencies', ImportProblemCode.UnknownAgency, resolved);
    else supporting.push(resolved);
  });
  const leadKey = agencyKey(leadName);
  const names = named.filter((n, i, all) => agencyKey(n) !== leadKey && all.findIndex((m) => agencyKey(m) === agencyKey(n)) === i).map(book.nameOf);
  return { supporting, names };
}

export function refKey(ref: RowRef): string {
  return 'id' in ref ? `id:${ref.id}` : `key:${ref.key}`;
}

/** Supporting agencies without repeats and without the lead (it leads, so it does not also support). */
export function dedupeRefs(refs: RowRef[], lead: RowRef): RowRef[] {
  const seen = new Set([refKey(lead)]);
  return refs.filter((r) => !seen.has(refKey(r)) && seen.add(refKey(r)));
}

/** Whether the row's supporting agencies differ from the action's (the lead left out of both). */
export function supportingChanged(wanted: readonly RowRef[], heldIds: readonly string[], lead: RowRef): boolean {
  const want = wanted.map(refKey).sort();
  const held = heldIds
    .filter((id) => 'key' in lead || id !== lead.id)
    .map((id) => `id:${id}`)
    .sort();
  return want.join() !== held.join();
}
