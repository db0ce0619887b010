import { registerEnumType } from '@nestjs/graphql';
import {
  ActionChangeKind,
  ActionStatus,
  AgencyKind,
  BoardPackFormat,
  DigestFrequency,
  PackDifferenceKind,
  Pillar,
  Rag,
  RagReason,
  ReturnStatus,
  Role,
  RoundCadence,
  RoundState,
  StrategyStatus,
} from '@app/domain';

/**
 * Every GraphQL enum of the API, registered once from the vocabularies of `@app/domain`: the enum
 * objects are built from the tuples there, so the schema, the database's CHECK constraints and the
 * rules cannot disagree. Resolvers and types use the same objects (`@Field(() => Pillar)`), imported
 * from `@app/domain`; loading `@app/common` registers them.
 */
export const GRAPHQL_ENUMS: readonly { ref: Readonly<Record<string, string>>; name: string; description?: string }[] = [
  { ref: Pillar, name: 'Pillar', description: "The 4 P's, always reported in this order." },
  { ref: StrategyStatus, name: 'StrategyStatus' },
  { ref: ActionStatus, name: 'ActionStatus' },
  {
    ref: Rag,
    name: 'Rag',
    description: 'Derived status colour: BLUE completed, RED overdue or reported red, AMBER at risk, GREEN on track.',
  },
  { ref: RagReason, name: 'RagReason', description: 'A rule that contributed to the derived RAG.' },
  { ref: AgencyKind, name: 'AgencyKind' },
  { ref: Role, name: 'Role' },
  {
    ref: ActionChangeKind,
    name: 'ActionChangeKind',
    description:
      'STATUS_OR_RAG: status or derived RAG differs; ADDED: in the plan at asOf, not at since; REMOVED: in the plan at since, not at asOf; ' +
      'DUE_DATE_MOVED: the due date in force differs; PROGRESS_MOVED: progress moved by 10 points or more with the same RAG.',
  },
  {
    ref: RoundState,
    name: 'RoundState',
    description:
      'Where a reporting round stands: PLANNED before it opens, OPEN to the deadline, IN_GRACE to the last day of grace, then CLOSED (or from the day a coordinator closed it).',
  },
  {
    ref: ReturnStatus,
    name: 'ReturnStatus',
    description: 'A due return: OUTSTANDING (not made, round still taking returns), ON_TIME (by the deadline), LATE (in grace), MISSED (not made by the end).',
  },
  { ref: RoundCadence, name: 'RoundCadence', description: 'How often generated rounds recur.' },
  {
    ref: DigestFrequency,
    name: 'DigestFrequency',
    description: 'How often a person gets the e-mail digest of returns they must make (WEEKLY: on Mondays).',
  },
  {
    ref: PackDifferenceKind,
    name: 'PackDifferenceKind',
    description:
      'FIGURE: a figure of the whole plan; PILLAR: a figure of one P; ACTION: a field of one action; ACTION_ADDED / ACTION_REMOVED: an action only one side has.',
  },
  {
    ref: BoardPackFormat,
    name: 'BoardPackFormat',
    description: 'XLSX: a workbook of every table of the board report; CSV: all actions with their figures; PDF: the printable board pack.',
  },
];

for (const { ref, name, description } of GRAPHQL_ENUMS) registerEnumType(ref, description === undefined ? { name } : { name, description });
