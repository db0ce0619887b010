import { agencyKey, cellText } from './cell-values.rule';
import { guessAgencyKind, looksLikeList, splitAgencyList } from './agency-names.rule';
import { AgencyLink, ExistingAgency, ImportOptions, ImportProblemCode, ImportWarningCode, NewAgency, RowRef, SheetRow } from './import-plan.types';
import { Findings, RowReader } from './import-row';

const AGENCY_NAME_MAX = 200;

/** The agencies the partnership may use, the ones the file adds to it and the ones it creates. */
export interface AgencyBook {
  /** Resolves a name, recording what creating or linking it takes; a message when it cannot. */
  resolve: (name: string, row: number) => RowRef | string;
  /** A name the plan or the file knows as one agency (for splitting "A and B"). */
  isKnown: (name: string) => boolean;
  /** A name as the agency is (or will be) called, rather than as the cell spells it. */
  nameOf: (name: string) => string;
  created: Map<string, NewAgency>;
  links: Map<string, AgencyLink>;
}

export function agencyBook(
  agencies: readonly ExistingAgency[],
  rows: readonly SheetRow[],
  options: Pick<ImportOptions, 'createMissingAgencies' | 'agencyKinds'>,
): AgencyBook {
  const byKey = new Map(agencies.map((a) => [agencyKey(a.name), a]));
  const created = new Map<string, NewAgency>();
  const links = new Map<string, AgencyLink>();
  // Names that stand alone somewhere in the file (a lead cell, a piece between commas or slashes)
  // count as known when splitting " and " / " & ": a first import into a partnership with no agencies
  // yet still splits "Safeguarding Adults and Children Board and Sandmoor Council" when each name
  // appears by itself on another row.
  const fileNames = new Set<string>();
  for (const r of rows) {
    for (const field of ['leadAgency', 'supportingAgencies'] as const) {
      for (const piece of cellText(r.cells.get(field) ?? null).split(/[;|\n\r]+|\s*,\s*|\s*\/\s*/)) {
        const name = piece.trim();
        if (name !== '') fileNames.add(agencyKey(name));
      }
    }
  }
  return {
    created,
    links,
    isKnown: (name) => byKey.has(agencyKey(name)) || created.has(agencyKey(name)) || fileNames.has(agencyKey(name)),
    nameOf: (name) => byKey.get(agencyKey(name))?.name ?? created.get(agencyKey(name))?.name ?? name,
    resolve(name, row) {
      const key = agencyKey(name);
      const found = byKey.get(key);
      if (found?.member) return { id: found.id };
      if (found) {
        if (!options.createMissingAgencies) {
          return `"${name}" is not a member of this partnership (add it first, or import with createMissingAgencies=true)`;
        }
        if (!links.has(found.id)) links.set(found.id, { id: found.id, name: found.name, row });
        return { id: found.id };
      }
      if (!options.createMissingAgencies) {
        return `No agency of this partnership is called "${name}" (check the spelling, or import with createMissingAgencies=true to create it)`;
      }
      if (name.length > AGENCY_NAME_MAX) return `An agency name is at most ${AGENCY_NAME_MAX} characters`;
      if (!created.has(key)) {
        const requested = options.agencyKinds?.get(key);
        const guess = guessAgencyKind(name);
        created.set(key, {
          key,
          name: name.replace(/\s+/g, ' ').trim(),
          kind: requested ?? guess.kind,
          kindFrom: requested ? 'request' : guess.guessed ? 'name' : 'default',
          row,
        });
      }
      return { key };
    },
  };
}

/** The row's lead agency: a lead cell naming several is a joint lead, the first leading and the others (`coLeads`) supporting. */
export function readLeadAgency(r: RowReader, book: AgencyBook): { lead: RowRef | null; leadName: string; coLeads: string[] } {
  const names = splitAgencyList(r.text('leadAgency'), book.isKnown);
  const leadName = names[0] ?? '';
  const coLeads = names.slice(1);
  let lead: RowRef | null = null;
  if (leadName === '') r.problem('leadAgency', ImportProblemCode.Required, `${r.found.column('leadAgency')} is required`);
  else {
    const resolved = book.resolve(leadName, r.row);
    if (typeof resolved === 'string') r.problem('leadAgency', ImportProblemCode.UnknownAgency, resolved);
    else lead = resolved;
  }
  if (coLeads.length > 0) {
    r.found.warn(
      r.row,
      'leadAgency',
      ImportWarningCode.JointLead,
      `A joint lead: "${leadName}" leads; ${coLeads.map((n) => `"${n}"`).join(', ')} support${coLeads.length === 1 ? 's' : ''}`,
    );
  }
  return { lead, leadName, coLeads };
}

/** The warnings of the agencies the import adds to the partnership or creates. */
export function agencyWarnings(found: Findings, links: readonly AgencyLink[], created: readonly NewAgency[]): void {
  for (const link of links) {
    found.warn(link.row, null, ImportWarningCode.AgencyAdded, `"${link.name}" (an agency this partnership may use) will be added to it`);
  }
  for (const agency of created) {
    found.warn(agency.row, null, ImportWarningCode.AgencyCreated, `Agency "${agency.name}" will be created for this partnership only, as ${agency.kind}`);
    if (agency.kindFrom !== 'request') {
      found.warn(
        agency.row,
        null,
        ImportWarningCode.AgencyKindGuessed,
        agency.kindFrom === 'name'
          ? `The kind of "${agency.name}" is guessed from its name: ${agency.kind} (choose another with agencyKinds)`
          : `Nothing in "${agency.name}" says what kind of agency it is: OTHER (choose one with agencyKinds)`,
      );
    }
    if (looksLikeList(agency.name)) {
      found.warn(
        agency.row,
        null,
        ImportWarningCode.AgencyNameLooksLikeList,
        `"${agency.name}" reads like several agencies; name each known agency exactly, or separate them with ";"`,
      );
    }
  }
}
