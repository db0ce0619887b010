import { graphql } from '../generated';
import type { AgencyKind } from '../generated/graphql';
import { CONTRACT_MUTATIONS } from '../support/contract';
import { errorFields, uniqueSuffix } from '../support/db-assertions';
import { allTables, countAllTables, countChanges, internalsIn, latestAuditEvents } from '../support/db-snapshot';
import { GraphqlClient } from '../support/graphql-client';
import { postGraphql, RawResponse } from '../support/raw-http';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, TestServer } from '../support/test-server';

/**
 * Wrong inputs for every mutation, generated from a table of (mutation, field, kind of field): wrong
 * types, out-of-range numbers, empty and 100 kB strings, impossible dates, unknown and malformed
 * ids, NUL bytes, and hostile text. Each case is sent twice: in variables (JSON) and written inline
 * in the document (GraphQL literals), which take different paths through graphql-js.
 *
 * A refusal must be a client error: HTTP status below 500, an `extensions.code` from the expected
 * set (never INTERNAL_SERVER_ERROR), no stack trace, SQL or file path in the body, no data, and no
 * row changed anywhere (row counts of every table, and the edited row itself).
 *
 * Text is data, never code: emoji, right-to-left and bidi-override text, combining characters,
 * zero-width characters, SQL fragments and script tags are ACCEPTED wherever free text is allowed
 * and come back exactly as sent (no normalisation, no escaping, no stripping), in the response and
 * in the database, as JSON (never HTML). In fields with a fixed shape (slug, code, ref, e-mail,
 * timezone, ids) the same text is refused.
 */

const NOW = '2025-06-15T11:00:00Z';
const TODAY = '2025-06-15';
const TOMORROW = '2025-06-16';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const KB100 = 'x'.repeat(100_000);
const KB100_EMOJI = '👍'.repeat(25_000); // 100 kB of UTF-8, 50,000 UTF-16 code units

const SQL = ["'; DROP TABLE action; --", "1' OR '1'='1", "Robert'); DROP TABLE partnership;--"];
const SCRIPT = ['<script>alert(1)</script>', '<img src=x onerror="alert(document.cookie)">', '{{constructor.constructor("alert(1)")()}}'];
const UNICODE: Record<string, string> = {
  emoji: '👩🏽‍⚕️ Health & 🚓 Police, together 🇬🇧',
  'right-to-left': 'مكافحة العبودية الحديثة — שותפות בטיחות',
  'bidi override': 'report\u202Etxt.exe\u202C final',
  combining: 'Cafe\u0301 Z̷̢͉a̵l̶g̴o 한국어',
  astral: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 現代奴隷 𓀀',
  'zero-width': 'zero\u200Bwidth\u200Djoiner\uFEFFinside',
  'line breaks': 'line one\nline two\ttabbed',
};
/** Free text that must be stored and returned exactly. */
const TEXTS: [string, string][] = [
  ...Object.entries(UNICODE),
  ...SQL.map((s): [string, string] => [`SQL ${JSON.stringify(s)}`, s]),
  ...SCRIPT.map((s): [string, string] => [`script ${JSON.stringify(s)}`, s]),
];

const MISSING = Symbol('missing');

/** Variables as sent: the cases replace values at any depth, with values of any JSON type. */
type Vars = Record<string, unknown>;
/** A mutation's result object as it came back. */
type Row = Record<string, unknown>;
const ENUM_KEYS = new Set(['kind', 'role', 'pillar', 'status', 'rag']);

type Refuse = { codes: string[] };
type Accept = { accept: true; expected?: unknown };
type Outcome = Refuse | Accept;
const refuse = (...codes: string[]): Refuse => ({ codes });
const BAD = refuse('BAD_USER_INPUT');
const NOT_FOUND = refuse('NOT_FOUND');
const CONFLICT = refuse('CONFLICT');
function accept(...expected: unknown[]): Accept {
  return expected.length ? { accept: true, expected: expected[0] } : { accept: true };
}
const isAccept = (o: Outcome): o is Accept => 'accept' in o;

interface Case {
  label: string;
  value: unknown;
  outcome: Outcome;
  /** Sent only in variables: cases that cost a password hash per request. */
  variablesOnly?: boolean;
}

type Kind =
  | 'text'
  | 'longText'
  | 'id'
  | 'optionalId'
  | 'date'
  | 'optionalDate'
  | 'pastDate'
  | 'int'
  | 'enum'
  | 'bool'
  | 'idList'
  | 'email'
  | 'password'
  | 'slug'
  | 'code'
  | 'timezone'
  | 'version'
  | 'optionalVersion'
  | 'loginText';

interface FieldSpec {
  path: string;
  kind: Kind;
  /** Text: the longest value accepted. */
  max?: number;
  /** Int: the accepted range. */
  range?: [number, number];
  /** Enum: the values. */
  values?: string[];
  /** What a null (and an omitted) optional value becomes (default null); `refuse` when it cannot be cleared. */
  whenNull?: unknown;
  /** Column of the mutation's table where an accepted value lands (with a cast where needed). */
  column?: string;
  /** The value as the response shows it (default: the result's field of the same name). */
  result?: (row: Row) => unknown;
  /** Accepted texts must be unique (agency names): a suffix is added. */
  unique?: boolean;
  /** Only these of the accepted texts (and variables only): for fields whose accepted values cost a password hash. */
  fewTexts?: boolean;
  /** An id of an existing row of another kind (NOT_FOUND). */
  wrongKind?: () => string;
  extra?: () => Case[];
}

interface MutationSpec {
  name: string;
  args: Record<string, string>;
  selection: string;
  table?: string;
  /** Valid variables for refusal cases; shared rows (a refusal changes nothing). */
  base(): Promise<Vars>;
  /** Valid variables for accepted cases when they need rows of their own. */
  fresh?(): Promise<Vars>;
  fields: FieldSpec[];
  /** Cross-field cases: a patch of the valid variables. */
  extra?: () => { label: string; patch: (vars: Vars) => Vars; outcome: Outcome }[];
  /** Rows a refusal must leave exactly as they were. */
  rowSnapshot?(vars: Vars): Promise<unknown>;
  /** Accepted cases in variables only: each costs a password hash. */
  acceptVariablesOnly?: boolean;
  /** Tables a refusal may write by design (failed logins are counted). */
  mayWrite?: string[];
  /** Accepted values that need a check of their own (e.g. a password signs in). */
  roundTrip?: (path: string, value: unknown, vars: Vars) => Promise<void>;
}

// ------------------------------------------------------------------------------------------------
// Bad values by kind of field

const WRONG_TYPES_FOR_STRING: Case[] = [
  { label: 'a number', value: 42, outcome: BAD },
  { label: 'a float', value: 4.2, outcome: BAD },
  { label: 'a boolean', value: true, outcome: BAD },
  { label: 'an object', value: { a: 1 }, outcome: BAD },
  { label: 'a list', value: ['x'], outcome: BAD },
];

function nullish(field: FieldSpec, required: boolean): Case[] {
  if (required || field.whenNull === 'refuse') {
    return [{ label: 'null', value: null, outcome: BAD }, ...(required ? [{ label: 'missing', value: MISSING, outcome: BAD }] : [])];
  }
  const expected = field.whenNull === undefined ? null : field.whenNull;
  return [
    { label: 'null', value: null, outcome: accept(expected) },
    { label: 'missing', value: MISSING, outcome: accept(expected) },
  ];
}

/** The texts also sent inline (GraphQL string literals): one of each kind. */
const LITERAL_TEXTS = new Set(['emoji', 'bidi override', 'combining', `SQL ${JSON.stringify(SQL[0])}`, `script ${JSON.stringify(SCRIPT[0])}`]);

function texts(field: FieldSpec): Case[] {
  const chosen = field.fewTexts ? TEXTS.filter(([label]) => LITERAL_TEXTS.has(label) || label === 'right-to-left') : TEXTS;
  return chosen.map(([label, value]) => ({
    label,
    value: field.unique ? `${value} ${uniqueSuffix()}` : value,
    outcome: accept(),
    variablesOnly: field.fewTexts || !LITERAL_TEXTS.has(label),
  }));
}

/** Values of a fixed shape (slug, code, ref, e-mail, timezone): hostile text is refused. */
const HOSTILE_SHAPE: Case[] = [
  { label: 'SQL', value: SQL[0], outcome: BAD },
  { label: 'script', value: SCRIPT[0], outcome: BAD },
  { label: 'emoji', value: UNICODE.emoji, outcome: BAD },
  { label: 'right-to-left', value: UNICODE['right-to-left'], outcome: BAD },
  { label: '100 kB', value: KB100, outcome: BAD },
  { label: 'a NUL byte', value: 'ab\u0000cd', outcome: BAD },
  { label: 'empty', value: '', outcome: BAD },
];

const BAD_DATES: Case[] = [
  '2025-13-01',
  '2025-02-29',
  '2024-02-30',
  '2025-06-31',
  '2025-00-10',
  '',
  'yesterday',
  '2025-6-1',
  '15/06/2025',
  '2025-06-15T00:00:00Z',
  ' 2025-06-15',
  '2025-06-15\u0000',
  '+002025-06-15',
  '２０２５-０６-１５',
  '99999-01-01',
].map((value) => ({ label: JSON.stringify(value), value, outcome: BAD }));

function casesFor(field: FieldSpec, ctx: Fixtures): Case[] {
  const required = !['longText', 'optionalId', 'optionalDate', 'idList', 'bool', 'timezone'].includes(field.kind) && field.whenNull === undefined;
  const wrongKind = field.wrongKind ?? (() => (field.path.endsWith('partnershipId') ? ctx.planId : ctx.partnershipId));
  switch (field.kind) {
    case 'text':
    case 'longText': {
      const max = field.max!;
      const atMax = field.unique ? `${'x'.repeat(max - 9)} ${uniqueSuffix()}` : 'x'.repeat(max);
      return [
        ...WRONG_TYPES_FOR_STRING,
        ...(field.kind === 'text'
          ? [
              { label: 'empty', value: '', outcome: BAD },
              { label: 'blank', value: '   ', outcome: BAD },
            ]
          : [{ label: 'empty', value: '', outcome: accept('') }]),
        { label: `${max + 1} characters`, value: 'x'.repeat(max + 1), outcome: BAD },
        { label: '100 kB', value: KB100, outcome: BAD },
        { label: '100 kB of emoji', value: KB100_EMOJI, outcome: BAD },
        { label: 'a NUL byte', value: 'before\u0000after', outcome: BAD },
        { label: 'only a NUL byte', value: '\u0000', outcome: BAD },
        ...nullish(field, field.kind === 'text' && required),
        ...(field.fewTexts ? [] : [{ label: `${max} characters`, value: atMax, outcome: accept() }]),
        ...texts(field),
      ];
    }
    case 'id':
    case 'optionalId':
      return [
        { label: 'an unknown uuid', value: UNKNOWN_ID, outcome: NOT_FOUND },
        { label: 'the id of another kind of row', value: wrongKind(), outcome: NOT_FOUND },
        { label: 'a malformed id', value: 'not-a-uuid', outcome: NOT_FOUND },
        { label: 'a uuid with a trailing space', value: `${UNKNOWN_ID} `, outcome: NOT_FOUND },
        { label: 'an empty id', value: '', outcome: NOT_FOUND },
        { label: 'a 100 kB id', value: KB100, outcome: NOT_FOUND },
        { label: 'an SQL id', value: SQL[0], outcome: NOT_FOUND },
        { label: 'a script id', value: SCRIPT[0], outcome: NOT_FOUND },
        { label: 'an emoji id', value: UNICODE.emoji, outcome: NOT_FOUND },
        { label: 'an integer id', value: 42, outcome: NOT_FOUND },
        { label: 'an object', value: { id: UNKNOWN_ID }, outcome: BAD },
        { label: 'a boolean', value: true, outcome: BAD },
        { label: 'a float', value: 1.5, outcome: BAD },
        { label: 'a list', value: [UNKNOWN_ID], outcome: BAD },
        { label: 'a NUL byte', value: `${UNKNOWN_ID}\u0000`, outcome: BAD },
        ...nullish(field, field.kind === 'id' && required),
      ];
    case 'idList':
      return [
        { label: 'an unknown uuid', value: [UNKNOWN_ID], outcome: NOT_FOUND },
        { label: 'a malformed id', value: ['not-a-uuid'], outcome: NOT_FOUND },
        { label: 'an empty id', value: [''], outcome: NOT_FOUND },
        { label: 'a known and an unknown id', value: [ctx.agencies.health, UNKNOWN_ID], outcome: NOT_FOUND },
        { label: 'a single string (coerced to a list)', value: 'not-a-uuid', outcome: NOT_FOUND },
        { label: 'an agency outside the partnership', value: [ctx.outsiderAgency], outcome: BAD },
        { label: 'an object in the list', value: [{ id: UNKNOWN_ID }], outcome: BAD },
        { label: 'null in the list', value: [null], outcome: BAD },
        { label: 'an object', value: { id: UNKNOWN_ID }, outcome: BAD },
        { label: 'a NUL byte in the list', value: ['\u0000'], outcome: BAD },
        { label: '51 ids', value: Array.from({ length: 51 }, () => UNKNOWN_ID), outcome: BAD },
        { label: 'an empty list', value: [], outcome: accept([]) },
        ...nullish(field, false),
      ];
    case 'date':
    case 'optionalDate':
    case 'pastDate':
      return [
        ...BAD_DATES,
        { label: 'year 0 (no such year in PostgreSQL)', value: '0000-01-01', outcome: BAD },
        { label: 'year 0, a leap day', value: '0000-02-29', outcome: BAD },
        { label: 'a number', value: 20250615, outcome: BAD },
        { label: 'an object', value: { year: 2025 }, outcome: BAD },
        { label: 'a list', value: ['2025-06-15'], outcome: BAD },
        ...(field.kind === 'pastDate'
          ? [
              { label: 'tomorrow', value: TOMORROW, outcome: BAD },
              { label: '9999-12-31', value: '9999-12-31', outcome: BAD },
              { label: 'today', value: TODAY, outcome: accept() },
            ]
          : []),
        { label: 'a leap day', value: '2024-02-29', outcome: accept() },
        ...nullish(field, field.kind === 'date' && required),
      ];
    case 'int': {
      const [min, max] = field.range!;
      return [
        { label: `${min - 1}`, value: min - 1, outcome: BAD },
        { label: `${max + 1}`, value: max + 1, outcome: BAD },
        { label: '2^31', value: 2 ** 31, outcome: BAD },
        { label: '-2^31 - 1', value: -(2 ** 31) - 1, outcome: BAD },
        { label: '1e10', value: 1e10, outcome: BAD },
        { label: '1.5', value: 1.5, outcome: BAD },
        { label: 'a numeric string', value: String(min + 1), outcome: BAD },
        { label: 'a boolean', value: true, outcome: BAD },
        { label: 'an object', value: { n: 1 }, outcome: BAD },
        { label: 'a list', value: [min], outcome: BAD },
        { label: `${min}`, value: min, outcome: accept() },
        { label: `${max}`, value: max, outcome: accept() },
        ...nullish(field, field.whenNull === undefined),
      ];
    }
    case 'version':
      return [
        { label: '2^31', value: 2 ** 31, outcome: BAD },
        { label: '1.5', value: 1.5, outcome: BAD },
        { label: 'a string', value: '1', outcome: BAD },
        { label: 'an object', value: { v: 1 }, outcome: BAD },
        { label: 'null', value: null, outcome: BAD },
        { label: 'missing', value: MISSING, outcome: BAD },
        { label: '-1 (stale)', value: -1, outcome: CONFLICT },
        { label: '0 (stale)', value: 0, outcome: CONFLICT },
        { label: '2^31 - 1 (stale)', value: 2 ** 31 - 1, outcome: CONFLICT },
      ];
    case 'optionalVersion':
      // Issue 13's edits: `version` is optional (a simple client omits it); a stale one is a CONFLICT.
      return [
        { label: '2^31', value: 2 ** 31, outcome: BAD },
        { label: '1.5', value: 1.5, outcome: BAD },
        { label: 'a string', value: '1', outcome: BAD },
        { label: 'an object', value: { v: 1 }, outcome: BAD },
        { label: '-1 (stale)', value: -1, outcome: CONFLICT },
        { label: '2^31 - 1 (stale)', value: 2 ** 31 - 1, outcome: CONFLICT },
        // Accepted on a fresh row (version 1): the edit makes it version 2.
        { label: 'null (no check)', value: null, outcome: accept(2) },
        { label: 'missing (no check)', value: MISSING, outcome: accept(2) },
      ];
    case 'enum': {
      const values = field.values!;
      return [
        { label: 'an unknown value', value: 'NOPE', outcome: BAD },
        { label: 'lower case', value: values[0].toLowerCase(), outcome: BAD },
        { label: 'with a space', value: ` ${values[0]}`, outcome: BAD },
        { label: 'empty', value: '', outcome: BAD },
        { label: 'a number', value: 1, outcome: BAD },
        { label: 'an object', value: { v: values[0] }, outcome: BAD },
        { label: 'a list', value: [values[0]], outcome: BAD },
        { label: 'SQL', value: SQL[0], outcome: BAD },
        ...nullish(field, field.whenNull === undefined),
      ];
    }
    case 'bool':
      return [
        { label: 'a string', value: 'true', outcome: BAD },
        { label: 'a number', value: 1, outcome: BAD },
        { label: 'an object', value: {}, outcome: BAD },
        { label: 'false', value: false, outcome: accept() },
        ...nullish(field, false).map((c) => ({ ...c, outcome: accept(false) })),
      ];
    case 'email':
      return [
        ...WRONG_TYPES_FOR_STRING,
        ...HOSTILE_SHAPE.filter((c) => !['emoji', 'right-to-left'].includes(c.label)),
        { label: 'no @', value: 'not-an-email', outcome: BAD },
        { label: 'no domain', value: 'someone@', outcome: BAD },
        { label: 'no local part', value: '@example.org', outcome: BAD },
        { label: 'no top-level domain', value: 'someone@localhost', outcome: BAD },
        { label: '255 characters', value: `${'x'.repeat(243)}@example.org`, outcome: BAD },
        { label: '100 kB before the @', value: `${KB100}@example.org`, outcome: BAD },
        { label: 'the admin e-mail in capitals', value: ADMIN_EMAIL.toUpperCase(), outcome: CONFLICT },
        ...nullish(field, true),
      ];
    case 'password':
      return [
        ...WRONG_TYPES_FOR_STRING,
        { label: 'empty', value: '', outcome: BAD },
        { label: '9 characters', value: 'short-pwd', outcome: BAD },
        { label: '201 characters', value: 'x'.repeat(201), outcome: BAD },
        { label: '100 kB', value: KB100, outcome: BAD },
        { label: 'a NUL byte', value: 'long enough\u0000password', outcome: BAD },
        ...nullish(field, true),
        { label: 'unicode (signs in with it)', value: 'pässwörd 🔑 مرور 密码', outcome: accept(), variablesOnly: true },
      ];
    case 'slug':
      return [
        ...WRONG_TYPES_FOR_STRING,
        ...HOSTILE_SHAPE,
        { label: 'upper case', value: 'Upper-Case', outcome: BAD },
        { label: 'a space', value: 'has space', outcome: BAD },
        { label: 'a leading hyphen', value: '-leading', outcome: BAD },
        { label: 'a double hyphen', value: 'double--hyphen', outcome: BAD },
        { label: '81 characters', value: 'x'.repeat(81), outcome: BAD },
        { label: "partnership A's slug", value: ctx.slug, outcome: CONFLICT },
        ...nullish(field, true),
      ];
    case 'code':
      return [
        ...WRONG_TYPES_FOR_STRING,
        ...HOSTILE_SHAPE,
        { label: 'blank', value: '   ', outcome: BAD },
        { label: '21 characters', value: 'x'.repeat(21), outcome: BAD },
        { label: 'a leading dot', value: '.1', outcome: BAD },
        { label: 'a space inside', value: '1 2', outcome: BAD },
        ...nullish(field, field.whenNull === undefined),
      ];
    case 'timezone':
      return [
        ...WRONG_TYPES_FOR_STRING,
        ...HOSTILE_SHAPE,
        { label: 'an unknown zone', value: 'Mars/Olympus', outcome: BAD },
        { label: 'a zone and SQL', value: 'Europe/London; DROP TABLE partnership', outcome: BAD },
        { label: 'an offset', value: '+01:00', outcome: BAD },
        { label: 'America/New_York', value: 'America/New_York', outcome: accept() },
        ...nullish(field, false),
      ];
    case 'loginText':
      return [
        ...WRONG_TYPES_FOR_STRING,
        { label: 'a NUL byte', value: 'ab\u0000cd', outcome: BAD },
        { label: 'null', value: null, outcome: BAD },
        { label: 'missing', value: MISSING, outcome: BAD },
        // Each costs a password verification: variables only.
        ...[
          ['empty', ''],
          ['SQL', SQL[1]],
          ['script', SCRIPT[0]],
          ['100 kB', KB100],
        ].map(([label, value]) => ({ label, value, outcome: refuse('UNAUTHENTICATED'), variablesOnly: true })),
      ];
  }
}

// ------------------------------------------------------------------------------------------------
// Requests

function setPath(vars: Vars, path: string, value: unknown): Vars {
  const copy = structuredClone(vars);
  const keys = path.split('.');
  let target = copy;
  // The path names objects of the valid variables the case starts from.
  for (const key of keys.slice(0, -1)) target = target[key] as Vars;
  const last = keys.at(-1)!;
  if (value === MISSING) delete target[last];
  else target[last] = value;
  return copy;
}

function getPath(vars: Vars, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Vars)[k] : undefined), vars);
}

/** A value written as a GraphQL literal; enum fields bare when the value is a name. */
function literal(value: unknown, enumField = false): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumField)).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${k}: ${literal(v, ENUM_KEYS.has(k))}`).join(', ')}}`;
  }
  if (typeof value === 'string') return enumField && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  const scalar = value as number | boolean | bigint | undefined;
  return String(scalar);
}

type Form = 'variables' | 'literal';

function document(spec: MutationSpec, vars: Vars, form: Form): { query: string; variables: Record<string, unknown> } {
  if (form === 'variables') {
    const names = Object.keys(spec.args);
    return {
      query: `mutation(${names.map((n) => `$${n}: ${spec.args[n]}`).join(', ')}) { ${spec.name}(${names.map((n) => `${n}: $${n}`).join(', ')})${selectionOf(spec)} }`,
      variables: vars,
    };
  }
  const args = Object.entries(vars).map(([k, v]) => `${k}: ${literal(v, ENUM_KEYS.has(k))}`);
  return { query: `mutation { ${spec.name}${args.length ? `(${args.join(', ')})` : ''}${selectionOf(spec)} }`, variables: {} };
}

/** A mutation returning a scalar (Boolean) has no selection set. */
const selectionOf = (spec: MutationSpec): string => (spec.selection ? ` { ${spec.selection} }` : '');

interface Fixtures {
  /** A progress return on `action`, for the reporting rounds' review mutations (issue 16). */
  returnId: string;
  /** A query on that return. */
  queryId: string;
  partnershipId: string;
  slug: string;
  strategyId: string;
  otherStrategyId: string;
  objectiveId: string;
  otherObjectiveId: string;
  planId: string;
  agencies: { council: string; police: string; health: string };
  outsiderAgency: string;
  agencyName: string;
  action: { id: string; ref: string };
  otherAction: { id: string; ref: string };
  milestoneId: string;
  cancelledMilestoneId: string;
  bareUserId: string;
  adminId: string;
}

/** Stand-ins used only to name the generated tests before the real fixtures exist. */
const PLACEHOLDER_FIXTURES: Fixtures = {
  returnId: 'return',
  queryId: 'query',
  partnershipId: 'partnership',
  slug: 'slug',
  strategyId: 'strategy',
  otherStrategyId: 'other-strategy',
  objectiveId: 'objective',
  otherObjectiveId: 'other-objective',
  planId: 'plan',
  agencies: { council: 'council', police: 'police', health: 'health' },
  outsiderAgency: 'outsider',
  agencyName: 'agency',
  action: { id: 'action', ref: 'ref' },
  otherAction: { id: 'other-action', ref: 'other-ref' },
  milestoneId: 'milestone',
  cancelledMilestoneId: 'cancelled-milestone',
  bareUserId: 'user',
  adminId: 'admin',
};

describe('bad input', () => {
  let server: TestServer;
  let admin: GraphqlClient;
  let adminToken: string;
  let endpoint: string;
  let tablesAtStart: string[];
  const fx = {} as Fixtures;

  beforeAll(async () => {
    server = await startTestServer({
      now: NOW,
      // Many failed logins come from this one address; throttling has its own tests (hostile-queries).
      env: { LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS: '100000', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000', LOGIN_MAX_FAILURES_PER_ADDRESS: '100000' },
    });
    endpoint = `${server.url}/graphql`;
    adminToken = await server.adminToken();
    admin = server.as(adminToken);
    tablesAtStart = await allTables(server);
    fx.adminId = (await admin.ok(graphql(`query BadInputMe { me { id } }`))).me.id;

    const suffix = uniqueSuffix();
    fx.slug = `bad-input-${suffix}`;
    fx.partnershipId = (
      await admin.ok(graphql(`mutation BadInputCreatePartnership($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }`), {
        i: { name: 'Bad Input', slug: fx.slug },
      })
    ).createPartnership.id;
    const agency = async (name: string, kind: AgencyKind, partnershipId?: string) =>
      (await admin.ok(graphql(`mutation BadInputCreateAgency($i: CreateAgencyInput!) { createAgency(input: $i) { id } }`), { i: { name, kind, partnershipId } }))
        .createAgency.id;
    fx.agencyName = `Council ${suffix}`;
    fx.agencies = {
      council: await agency(fx.agencyName, 'COUNCIL', fx.partnershipId),
      police: await agency(`Police ${suffix}`, 'POLICE', fx.partnershipId),
      health: await agency(`Health ${suffix}`, 'HEALTH', fx.partnershipId),
    };
    fx.outsiderAgency = await agency(`Elsewhere ${suffix}`, 'OTHER');
    const strategy = async (title: string) =>
      (
        await admin.ok(graphql(`mutation BadInputCreateStrategy($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }`), {
          i: { partnershipId: fx.partnershipId, title, startDate: '2024-01-01', endDate: '2027-12-31' },
        })
      ).createStrategy.id;
    fx.strategyId = await strategy('Strategy');
    fx.otherStrategyId = await strategy('Other strategy');
    const objective = async (strategyId: string) =>
      (
        await admin.ok(graphql(`mutation BadInputCreateObjective($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }`), {
          i: { strategyId, pillar: 'PREVENT', code: 'PV1', title: 'Prevent' },
        })
      ).createObjective.id;
    fx.objectiveId = await objective(fx.strategyId);
    fx.otherObjectiveId = await objective(fx.otherStrategyId);
    fx.planId = (
      await admin.ok(graphql(`mutation BadInputCreateDeliveryPlan($i: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $i) { id } }`), {
        i: { strategyId: fx.strategyId, title: 'Plan', startDate: '2024-01-01', endDate: '2026-12-31' },
      })
    ).createDeliveryPlan.id;
    fx.action = await newAction('SHARED');
    fx.otherAction = await newAction('TAKEN');
    fx.milestoneId = await newMilestone(fx.action.id);
    const cancelled = await newAction('CANCELLED');
    fx.cancelledMilestoneId = await newMilestone(cancelled.id);
    await admin.ok(graphql(`mutation BadInputReportProgress($i: ReportProgressInput!) { reportProgress(input: $i) { id } }`), {
      i: { actionId: cancelled.id, narrative: 'Withdrawn', percentComplete: 0, status: 'CANCELLED' },
    });
    fx.returnId = (
      await admin.ok(graphql(`mutation BadInputReportProgress($i: ReportProgressInput!) { reportProgress(input: $i) { id } }`), {
        i: { actionId: fx.action.id, narrative: 'Sessions booked', percentComplete: 10, status: 'IN_PROGRESS' },
      })
    ).reportProgress.id;
    fx.queryId = (
      await admin.ok(graphql(`mutation BadInputQueryReturn($id: ID!) { queryReturn(progressUpdateId: $id, comment: "Which teams?") { id } }`), { id: fx.returnId })
    ).queryReturn.id;
    fx.bareUserId = (
      await server.db.query<{ id: string }>(`INSERT INTO user_account (email, name, password_hash) VALUES ($1, 'No Membership', 'x') RETURNING id`, [
        `bare.${suffix}@tracker.test`,
      ])
    ).rows[0].id;
  }, 120_000);
  afterAll(() => server?.close());

  async function newAction(ref = `A-${uniqueSuffix()}`, startDate: string | null = '2025-01-01'): Promise<{ id: string; ref: string }> {
    const { createAction } = await admin.ok(graphql(`mutation BadInputCreateAction($i: CreateActionInput!) { createAction(input: $i) { id ref } }`), {
      i: {
        deliveryPlanId: fx.planId,
        objectiveId: fx.objectiveId,
        ref,
        title: 'Deliver awareness training',
        leadAgencyId: fx.agencies.police,
        supportingAgencyIds: [fx.agencies.health],
        startDate,
        dueDate: '2026-06-30',
        // In the plan since 2024, so edits and removals may be back-dated to a leap day.
        inPlanSince: '2024-01-01',
      },
    });
    return createAction;
  }

  async function newMilestone(actionId: string): Promise<string> {
    return (
      await admin.ok(graphql(`mutation BadInputAddMilestone($i: AddMilestoneInput!) { addMilestone(input: $i) { id } }`), {
        i: { actionId, title: 'Milestone', dueDate: '2025-09-30', inPlanSince: '2024-01-01' },
      })
    ).addMilestone.id;
  }

  const rows = async <T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[]) => (await server.db.query<T>(sql, params)).rows;

  /**
   * Rows of the account mutations (removeMembership, deactivateUser, changePassword), made on first
   * use: a partner of the partnership, and a partnership whose one coordinator is the last.
   */
  let accounts: { memberId: string; lonePartnershipId: string; loneCoordinatorId: string; adminHash: string } | undefined;
  const accountRows = async (): Promise<NonNullable<typeof accounts>> => {
    if (accounts) return accounts;
    const account = async (role: string, partnershipId: string): Promise<string> => {
      const id = (
        await server.db.query<{ id: string }>(`INSERT INTO user_account (email, name, password_hash) VALUES ($1, 'Account', 'x') RETURNING id`, [
          `account.${uniqueSuffix()}@tracker.test`,
        ])
      ).rows[0].id;
      await server.db.query('INSERT INTO membership (user_id, partnership_id, role) VALUES ($1, $2, $3)', [id, partnershipId, role]);
      return id;
    };
    const slug = `lone-${uniqueSuffix()}`;
    const lonePartnershipId = (
      await admin.ok(graphql(`mutation BadInputCreatePartnership($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }`), {
        i: { name: 'Lone', slug },
      })
    ).createPartnership.id;
    accounts = {
      memberId: await account('PARTNER', fx.partnershipId),
      lonePartnershipId,
      loneCoordinatorId: await account('COORDINATOR', lonePartnershipId),
      adminHash: (await rows<{ password_hash: string }>('SELECT password_hash FROM user_account WHERE id = $1', [fx.adminId]))[0].password_hash,
    };
    return accounts;
  };
  const freshMember = async (): Promise<string> => {
    const id = (
      await server.db.query<{ id: string }>(`INSERT INTO user_account (email, name, password_hash) VALUES ($1, 'Fresh', 'x') RETURNING id`, [
        `fresh.${uniqueSuffix()}@tracker.test`,
      ])
    ).rows[0].id;
    await server.db.query(`INSERT INTO membership (user_id, partnership_id, role) VALUES ($1, $2, 'PARTNER')`, [id, fx.partnershipId]);
    return id;
  };
  const versionOf = async (id: string) => (await rows('SELECT version FROM action WHERE id = $1', [id]))[0].version as number;
  const actionRow = async (id: string) => ({
    action: await rows('SELECT * FROM action WHERE id = $1', [id]),
    supporting: await rows('SELECT * FROM action_supporting_agency WHERE action_id = $1 ORDER BY agency_id', [id]),
  });

  const ACTION_SELECTION =
    'id ref title description successMeasure startDate dueDate version objective { id } leadAgency { id } supportingAgencies { id } leadOfficer { id }';
  const actionFields = (update: boolean): FieldSpec[] => [
    { path: 'input.objectiveId', kind: update ? 'optionalId' : 'id', whenNull: update ? 'refuse' : undefined, wrongKind: () => fx.planId },
    { path: 'input.ref', kind: 'code', whenNull: update ? 'refuse' : undefined },
    { path: 'input.title', kind: 'text', max: 300, column: 'title', whenNull: update ? 'refuse' : undefined },
    { path: 'input.description', kind: 'longText', max: 5000, column: 'description' },
    { path: 'input.successMeasure', kind: 'longText', max: 5000, column: 'success_measure' },
    { path: 'input.leadAgencyId', kind: update ? 'optionalId' : 'id', whenNull: update ? 'refuse' : undefined },
    {
      path: 'input.supportingAgencyIds',
      kind: 'idList',
      // Omitted or null: a new action has none; an edit keeps them.
      whenNull: update ? [fx.agencies.health] : [],
      result: (row) => (row.supportingAgencies as { id: string }[]).map((a) => a.id),
    },
    { path: 'input.leadOfficerId', kind: 'optionalId', column: 'lead_officer_id', result: (row) => (row.leadOfficer as { id: string } | null)?.id ?? null },
    // Null clears the start date (the edited actions have none, so omitting it also leaves null).
    { path: 'input.startDate', kind: 'optionalDate', column: 'start_date::text' },
    { path: 'input.dueDate', kind: update ? 'optionalDate' : 'date', whenNull: update ? 'refuse' : undefined, column: 'due_date::text' },
  ];

  /** The table. Built when needed: it refers to the fixtures, which exist once beforeAll has run. */
  const specs = (): MutationSpec[] => [
    {
      name: 'login',
      args: { email: 'String!', password: 'String!' },
      selection: 'token user { id }',
      base: async () => ({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
      fields: [
        { path: 'email', kind: 'loginText' },
        { path: 'password', kind: 'loginText' },
      ],
      mayWrite: ['login_attempt'],
    },
    {
      name: 'createPartnership',
      args: { input: 'CreatePartnershipInput!' },
      selection: 'id name slug timezone staleAfterDays dueSoonDays',
      table: 'partnership',
      base: async () => ({ input: { name: 'New partnership', slug: `new-${uniqueSuffix()}` } }),
      fields: [
        { path: 'input.name', kind: 'text', max: 200, column: 'name' },
        { path: 'input.slug', kind: 'slug' },
        { path: 'input.timezone', kind: 'timezone', whenNull: 'Europe/London', column: 'timezone' },
        { path: 'input.staleAfterDays', kind: 'int', range: [1, 3650], whenNull: 30, column: 'stale_after_days' },
        { path: 'input.dueSoonDays', kind: 'int', range: [0, 3650], whenNull: 30, column: 'due_soon_days' },
      ],
    },
    {
      name: 'createAgency',
      args: { input: 'CreateAgencyInput!' },
      selection: 'id name kind',
      table: 'agency',
      base: async () => ({ input: { name: `Agency ${uniqueSuffix()}`, kind: 'OTHER' } }),
      fields: [
        { path: 'input.name', kind: 'text', max: 200, column: 'name', unique: true },
        { path: 'input.kind', kind: 'enum', values: ['COUNCIL', 'POLICE', 'HEALTH'] },
      ],
      extra: () => [{ label: 'an existing name in another case', patch: (v) => setPath(v, 'input.name', fx.agencyName.toUpperCase()), outcome: CONFLICT }],
    },
    {
      name: 'mergeAgencies',
      args: { keepId: 'ID!', mergeId: 'ID!' },
      selection: 'id',
      // Every case here is refused, so the two agencies are never actually merged.
      base: async () => ({ keepId: fx.agencies.council, mergeId: fx.agencies.police }),
      fields: [
        { path: 'keepId', kind: 'id' },
        { path: 'mergeId', kind: 'id' },
      ],
      extra: () => [{ label: 'an agency merged into itself', patch: (v) => ({ ...v, mergeId: v.keepId }), outcome: BAD }],
      rowSnapshot: () => rows('SELECT * FROM agency WHERE id = ANY($1::uuid[]) ORDER BY id', [[fx.agencies.council, fx.agencies.police]]),
    },
    {
      name: 'addAgencyToPartnership',
      args: { input: 'AddAgencyToPartnershipInput!' },
      selection: 'id',
      base: async () => ({ input: { partnershipId: fx.partnershipId, agencyId: fx.outsiderAgency } }),
      fields: [
        { path: 'input.partnershipId', kind: 'id' },
        { path: 'input.agencyId', kind: 'id' },
      ],
    },
    {
      name: 'createUser',
      args: { input: 'CreateUserInput!' },
      selection: 'id email name isAdmin agency { id }',
      table: 'user_account',
      base: async () => ({
        input: { email: `someone.${uniqueSuffix()}@tracker.test`, name: 'Some One', password: 'a long enough password', agencyId: fx.agencies.health },
      }),
      fields: [
        { path: 'input.email', kind: 'email' },
        { path: 'input.name', kind: 'text', max: 200, column: 'name', fewTexts: true },
        { path: 'input.password', kind: 'password' },
        { path: 'input.agencyId', kind: 'optionalId', result: (row) => (row.agency as { id: string } | null)?.id ?? null },
        { path: 'input.isAdmin', kind: 'bool' },
      ],
      acceptVariablesOnly: true,
      roundTrip: async (path, value, vars) => {
        if (path === 'input.password') await server.login(getPath(vars, 'input.email') as string, value as string);
      },
    },
    {
      name: 'setMembership',
      args: { input: 'SetMembershipInput!' },
      selection: 'role partnership { id }',
      base: async () => ({ input: { userId: fx.bareUserId, partnershipId: fx.partnershipId, role: 'PARTNER' } }),
      fields: [
        { path: 'input.userId', kind: 'id' },
        { path: 'input.partnershipId', kind: 'id' },
        { path: 'input.role', kind: 'enum', values: ['COORDINATOR', 'PARTNER', 'BOARD_MEMBER'] },
      ],
      rowSnapshot: () => rows('SELECT * FROM membership WHERE user_id = $1', [fx.bareUserId]),
    },
    {
      name: 'createStrategy',
      args: { input: 'CreateStrategyInput!' },
      selection: 'id title startDate endDate status',
      table: 'strategy',
      base: async () => ({ input: { partnershipId: fx.partnershipId, title: 'Next strategy', startDate: '2024-01-01', endDate: '2027-12-31' } }),
      fields: [
        { path: 'input.partnershipId', kind: 'id' },
        { path: 'input.title', kind: 'text', max: 300, column: 'title' },
        { path: 'input.startDate', kind: 'date', column: 'start_date::text' },
        { path: 'input.endDate', kind: 'date', column: 'end_date::text' },
        { path: 'input.status', kind: 'enum', values: ['DRAFT', 'ACTIVE', 'ARCHIVED'], whenNull: 'DRAFT' },
      ],
      extra: () => [
        { label: 'an end before the start', patch: (v) => setPath(v, 'input.endDate', '2023-12-31'), outcome: BAD },
        {
          label: 'a leap-day end before a later start',
          patch: (v) => setPath(setPath(v, 'input.startDate', '2024-03-01'), 'input.endDate', '2024-02-29'),
          outcome: BAD,
        },
      ],
    },
    {
      name: 'createObjective',
      args: { input: 'CreateObjectiveInput!' },
      selection: 'id code title description pillar',
      table: 'objective',
      base: async () => ({ input: { strategyId: fx.strategyId, pillar: 'PROTECT', code: `PT-${uniqueSuffix()}`, title: 'Support survivors' } }),
      fields: [
        { path: 'input.strategyId', kind: 'id' },
        { path: 'input.pillar', kind: 'enum', values: ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'] },
        { path: 'input.code', kind: 'code' },
        { path: 'input.title', kind: 'text', max: 300, column: 'title' },
        { path: 'input.description', kind: 'longText', max: 5000, column: 'description' },
      ],
      extra: () => [{ label: 'a code already used in the strategy', patch: (v) => setPath(v, 'input.code', 'PV1'), outcome: CONFLICT }],
    },
    {
      name: 'createDeliveryPlan',
      args: { input: 'CreateDeliveryPlanInput!' },
      selection: 'id title startDate endDate',
      table: 'delivery_plan',
      base: async () => ({ input: { strategyId: fx.strategyId, title: 'Year 2 plan', startDate: '2024-01-01', endDate: '2026-03-31' } }),
      fields: [
        { path: 'input.strategyId', kind: 'id' },
        { path: 'input.title', kind: 'text', max: 300, column: 'title' },
        { path: 'input.startDate', kind: 'date', column: 'start_date::text' },
        { path: 'input.endDate', kind: 'date', column: 'end_date::text' },
      ],
      extra: () => [
        { label: 'a start before the strategy', patch: (v) => setPath(v, 'input.startDate', '2023-12-31'), outcome: BAD },
        { label: 'an end after the strategy', patch: (v) => setPath(v, 'input.endDate', '2028-01-01'), outcome: BAD },
        { label: 'an end before the start', patch: (v) => setPath(v, 'input.endDate', '2023-06-30'), outcome: BAD },
      ],
    },
    {
      name: 'createAction',
      args: { input: 'CreateActionInput!' },
      selection: ACTION_SELECTION,
      table: 'action',
      base: async () => ({
        input: {
          deliveryPlanId: fx.planId,
          objectiveId: fx.objectiveId,
          ref: `R-${uniqueSuffix()}`,
          title: 'Joint operation',
          leadAgencyId: fx.agencies.police,
          dueDate: '2026-03-31',
        },
      }),
      fields: [
        { path: 'input.deliveryPlanId', kind: 'id' },
        ...actionFields(false),
        { path: 'input.inPlanSince', kind: 'pastDate', whenNull: TODAY, column: 'in_plan_since::text' },
      ],
      extra: () => [
        { label: 'a due date before the start date', patch: (v) => setPath(v, 'input.startDate', '2026-04-01'), outcome: BAD },
        { label: 'an objective of another strategy', patch: (v) => setPath(v, 'input.objectiveId', fx.otherObjectiveId), outcome: BAD },
        { label: 'a lead agency outside the partnership', patch: (v) => setPath(v, 'input.leadAgencyId', fx.outsiderAgency), outcome: BAD },
        { label: 'a ref already used in the plan', patch: (v) => setPath(v, 'input.ref', fx.otherAction.ref), outcome: CONFLICT },
        { label: 'a lead officer outside the partnership', patch: (v) => setPath(v, 'input.leadOfficerId', fx.bareUserId), outcome: NOT_FOUND },
      ],
    },
    {
      name: 'updateAction',
      args: { id: 'ID!', version: 'Int!', input: 'UpdateActionInput!' },
      selection: ACTION_SELECTION,
      table: 'action',
      base: async () => ({ id: fx.action.id, version: await versionOf(fx.action.id), input: { title: 'Renamed' } }),
      fresh: async () => {
        // No start date: any due date, a leap day included, is then valid.
        const action = await newAction(undefined, null);
        return { id: action.id, version: 1, input: { title: 'Renamed' } };
      },
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.milestoneId },
        { path: 'version', kind: 'version' },
        ...actionFields(true),
        { path: 'input.effectiveFrom', kind: 'pastDate', whenNull: TODAY },
      ],
      extra: () => [
        { label: 'a start date after the due date', patch: (v) => setPath(v, 'input.startDate', '2026-07-01'), outcome: BAD },
        { label: 'a due date before the start date', patch: (v) => setPath(v, 'input.dueDate', '2024-12-31'), outcome: BAD },
        { label: 'the ref of another action', patch: (v) => setPath(v, 'input.ref', fx.otherAction.ref), outcome: CONFLICT },
        { label: 'a lead agency outside the partnership', patch: (v) => setPath(v, 'input.leadAgencyId', fx.outsiderAgency), outcome: BAD },
        { label: 'an objective of another strategy', patch: (v) => setPath(v, 'input.objectiveId', fx.otherObjectiveId), outcome: BAD },
        { label: 'an empty input (nothing to change, still a new version)', patch: (v) => setPath(v, 'input', {}), outcome: accept() },
      ],
      // Refusals edit the shared action (the id under test may be anything).
      rowSnapshot: () => actionRow(fx.action.id),
    },
    {
      name: 'addMilestone',
      args: { input: 'AddMilestoneInput!' },
      selection: 'id title dueDate completedOn',
      table: 'milestone',
      base: async () => ({ input: { actionId: fx.action.id, title: 'Training delivered', dueDate: '2025-09-30' } }),
      fields: [
        { path: 'input.actionId', kind: 'id', wrongKind: () => fx.milestoneId },
        { path: 'input.title', kind: 'text', max: 300, column: 'title' },
        { path: 'input.dueDate', kind: 'date', column: 'due_date::text' },
        { path: 'input.inPlanSince', kind: 'pastDate', whenNull: TODAY, column: 'in_plan_since::text' },
      ],
    },
    {
      name: 'completeMilestone',
      args: { id: 'ID!', completedOn: 'Date' },
      selection: 'id completedOn',
      table: 'milestone',
      base: async () => ({ id: fx.milestoneId, completedOn: '2025-06-01' }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.action.id },
        { path: 'completedOn', kind: 'pastDate', whenNull: TODAY, column: 'completed_on::text' },
      ],
      extra: () => [{ label: 'a milestone of a cancelled action', patch: (v) => setPath(v, 'id', fx.cancelledMilestoneId), outcome: BAD }],
      rowSnapshot: () => rows('SELECT * FROM milestone WHERE id = ANY($1::uuid[]) ORDER BY id', [[fx.milestoneId, fx.cancelledMilestoneId]]),
    },
    {
      name: 'reportProgress',
      args: { input: 'ReportProgressInput!' },
      selection: 'id narrative percentComplete status rag reportedOn',
      table: 'progress_update',
      base: async () => ({ input: { actionId: fx.action.id, narrative: 'Sessions booked', percentComplete: 40, status: 'IN_PROGRESS' } }),
      fields: [
        { path: 'input.actionId', kind: 'id', wrongKind: () => fx.milestoneId },
        { path: 'input.reportedOn', kind: 'pastDate', whenNull: TODAY, column: 'reported_on::text' },
        { path: 'input.narrative', kind: 'text', max: 5000, column: 'narrative' },
        { path: 'input.percentComplete', kind: 'int', range: [0, 100], column: 'percent_complete' },
        { path: 'input.status', kind: 'enum', values: ['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'] },
        {
          path: 'input.rag',
          kind: 'enum',
          values: ['RED', 'AMBER', 'GREEN'],
          whenNull: null,
          column: 'rag',
          extra: () => [{ label: 'BLUE (derived, never reported)', value: 'BLUE', outcome: BAD }],
        },
      ],
      extra: () => [
        { label: 'COMPLETED below 100 %', patch: (v) => setPath(setPath(v, 'input.status', 'COMPLETED'), 'input.percentComplete', 99), outcome: BAD },
        { label: 'reportedOn the day before the delivery plan starts', patch: (v) => setPath(v, 'input.reportedOn', '2023-12-31'), outcome: BAD },
        { label: 'COMPLETED at 100 %', patch: (v) => setPath(setPath(v, 'input.status', 'COMPLETED'), 'input.percentComplete', 100), outcome: accept() },
      ],
      rowSnapshot: () => actionRow(fx.action.id),
    },
    // Issue 16's review of returns (beyond the contract).
    {
      name: 'queryReturn',
      args: { progressUpdateId: 'ID!', comment: 'String!' },
      selection: 'id comment',
      table: 'return_query',
      base: async () => ({ progressUpdateId: fx.returnId, comment: 'Which teams were trained?' }),
      fields: [
        { path: 'progressUpdateId', kind: 'id', wrongKind: () => fx.action.id },
        { path: 'comment', kind: 'text', max: 2000, column: 'comment' },
      ],
      mayWrite: [],
    },
    {
      name: 'answerReturnQuery',
      args: { queryId: 'ID!', comment: 'String!' },
      selection: 'id comment',
      table: 'return_query',
      base: async () => ({ queryId: fx.queryId, comment: 'Custody teams.' }),
      fields: [
        { path: 'queryId', kind: 'id', wrongKind: () => fx.returnId },
        { path: 'comment', kind: 'text', max: 2000, column: 'comment' },
      ],
      mayWrite: [],
    },
    // Issue 13's account mutations (beyond the contract). changePassword last: it changes the admin's password.
    {
      name: 'removeMembership',
      args: { userId: 'ID!', partnershipId: 'ID!' },
      selection: '',
      base: async () => ({ userId: (await accountRows()).memberId, partnershipId: fx.partnershipId }),
      fresh: async () => ({ userId: await freshMember(), partnershipId: fx.partnershipId }),
      fields: [
        { path: 'userId', kind: 'id', wrongKind: () => fx.action.id },
        { path: 'partnershipId', kind: 'id', wrongKind: () => fx.strategyId },
      ],
      extra: () => [
        { label: 'a member of the partnership', patch: (v) => v, outcome: accept() },
        { label: 'a user who is not a member', patch: (v) => setPath(v, 'userId', accounts!.loneCoordinatorId), outcome: NOT_FOUND },
        {
          label: 'the last coordinator of a partnership',
          patch: () => ({ userId: accounts!.loneCoordinatorId, partnershipId: accounts!.lonePartnershipId }),
          outcome: BAD,
        },
      ],
      rowSnapshot: () => rows('SELECT * FROM membership WHERE user_id = ANY($1::uuid[]) ORDER BY user_id', [[accounts!.memberId, accounts!.loneCoordinatorId]]),
    },
    {
      name: 'deactivateUser',
      args: { id: 'ID!' },
      selection: 'id deactivatedAt',
      base: async () => ({ id: (await accountRows()).memberId }),
      fresh: async () => ({ id: await freshMember() }),
      fields: [{ path: 'id', kind: 'id', wrongKind: () => fx.action.id }],
      extra: () => [
        { label: 'a member of the partnership', patch: (v) => v, outcome: accept() },
        { label: 'the caller themself', patch: () => ({ id: fx.adminId }), outcome: BAD },
        { label: 'the last coordinator of a partnership', patch: () => ({ id: accounts!.loneCoordinatorId }), outcome: BAD },
      ],
      rowSnapshot: () => rows('SELECT * FROM user_account WHERE id = ANY($1::uuid[]) ORDER BY id', [[accounts!.memberId, accounts!.loneCoordinatorId, fx.adminId]]),
    },
    {
      name: 'changePassword',
      args: { currentPassword: 'String!', newPassword: 'String!' },
      selection: '',
      // Every case starts from the admin's own password.
      base: async () => {
        await server.db.query('UPDATE user_account SET password_hash = $1 WHERE id = $2', [(await accountRows()).adminHash, fx.adminId]);
        return { currentPassword: ADMIN_PASSWORD, newPassword: 'a new admin password' };
      },
      fields: [],
      extra: () => [
        ...[
          ['empty', ''],
          ['9 characters', 'short-pwd'],
          ['201 characters', 'x'.repeat(201)],
          ['100 kB', KB100],
          ['a NUL byte', 'long enough\u0000password'],
          ['the current password', ADMIN_PASSWORD],
          ['a number', 42],
          ['null', null],
        ].map(([label, value]) => ({ label: `newPassword ${label}`, patch: (v: Vars) => setPath(v, 'newPassword', value), outcome: BAD })),
        { label: 'newPassword missing', patch: (v) => setPath(v, 'newPassword', MISSING), outcome: BAD },
        { label: 'a wrong currentPassword', patch: (v) => setPath(v, 'currentPassword', 'not the password'), outcome: BAD },
        { label: 'currentPassword 100 kB', patch: (v) => setPath(v, 'currentPassword', KB100), outcome: BAD },
        { label: 'newPassword in unicode', patch: (v) => setPath(v, 'newPassword', 'pässwörd 🔑 مرور 密码'), outcome: accept() },
      ],
      rowSnapshot: () => rows('SELECT password_hash FROM user_account WHERE id = $1', [fx.adminId]),
      mayWrite: ['login_attempt', 'login_known_address'],
    },
  ];

  let openMilestoneId: string | undefined;

  /** Issue 13: editing and retiring the plan, beyond the contract. */
  const historySpecs = (): MutationSpec[] => [
    {
      name: 'updatePartnership',
      args: { id: 'ID!', input: 'UpdatePartnershipInput!' },
      selection: 'id name timezone staleAfterDays dueSoonDays version',
      table: 'partnership',
      base: async () => ({ id: fx.partnershipId, input: { name: 'Bad Input' } }),
      fresh: async () => ({
        id: (
          await admin.ok(graphql(`mutation BadInputCreatePartnership($i: CreatePartnershipInput!) { createPartnership(input: $i) { id } }`), {
            i: { name: 'Fresh', slug: `fresh-${uniqueSuffix()}` },
          })
        ).createPartnership.id,
        input: {},
      }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.planId },
        { path: 'input.name', kind: 'text', max: 200, column: 'name', whenNull: 'refuse' },
        { path: 'input.timezone', kind: 'timezone', whenNull: 'refuse', column: 'timezone' },
        { path: 'input.staleAfterDays', kind: 'int', range: [1, 3650], whenNull: 'refuse', column: 'stale_after_days' },
        { path: 'input.dueSoonDays', kind: 'int', range: [0, 3650], whenNull: 'refuse', column: 'due_soon_days' },
        { path: 'input.effectiveFrom', kind: 'pastDate', whenNull: TODAY },
        { path: 'input.version', kind: 'optionalVersion' },
      ],
      rowSnapshot: () => rows('SELECT * FROM partnership WHERE id = $1', [fx.partnershipId]),
    },
    {
      name: 'updateStrategy',
      args: { id: 'ID!', input: 'UpdateStrategyInput!' },
      selection: 'id title startDate endDate status version',
      table: 'strategy',
      base: async () => ({ id: fx.strategyId, input: { title: 'Strategy' } }),
      fresh: async () => ({
        id: (
          await admin.ok(graphql(`mutation BadInputCreateStrategy($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }`), {
            i: { partnershipId: fx.partnershipId, title: 'Fresh strategy', startDate: '2024-01-01', endDate: '2027-12-31' },
          })
        ).createStrategy.id,
        input: {},
      }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.planId },
        { path: 'input.title', kind: 'text', max: 300, column: 'title', whenNull: 'refuse' },
        { path: 'input.startDate', kind: 'optionalDate', whenNull: 'refuse', column: 'start_date::text' },
        { path: 'input.endDate', kind: 'optionalDate', whenNull: 'refuse', column: 'end_date::text' },
        { path: 'input.status', kind: 'enum', values: ['DRAFT', 'ACTIVE', 'ARCHIVED'], whenNull: 'refuse' },
        { path: 'input.version', kind: 'optionalVersion' },
      ],
      extra: () => [
        { label: 'an end before the start', patch: (v) => setPath(v, 'input.endDate', '2023-12-31'), outcome: BAD },
        { label: 'a period leaving one of its plans outside', patch: (v) => setPath(v, 'input.endDate', '2025-12-31'), outcome: BAD },
      ],
      rowSnapshot: () => rows('SELECT * FROM strategy WHERE id = $1', [fx.strategyId]),
    },
    {
      name: 'updateObjective',
      args: { id: 'ID!', input: 'UpdateObjectiveInput!' },
      selection: 'id pillar code title description version',
      table: 'objective',
      base: async () => ({ id: fx.objectiveId, input: { title: 'Prevent' } }),
      fresh: async () => ({
        id: (
          await admin.ok(graphql(`mutation BadInputCreateObjective($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }`), {
            i: { strategyId: fx.strategyId, pillar: 'PREPARE', code: `F${uniqueSuffix().slice(0, 8)}`, title: 'Fresh' },
          })
        ).createObjective.id,
        input: {},
      }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.planId },
        { path: 'input.pillar', kind: 'enum', values: ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'], whenNull: 'refuse' },
        { path: 'input.code', kind: 'code', whenNull: 'refuse' },
        { path: 'input.title', kind: 'text', max: 300, column: 'title', whenNull: 'refuse' },
        { path: 'input.description', kind: 'longText', max: 5000, column: 'description' },
        { path: 'input.position', kind: 'int', range: [1, 10000], whenNull: 'refuse', column: 'position' },
        { path: 'input.effectiveFrom', kind: 'pastDate', whenNull: TODAY },
        { path: 'input.version', kind: 'optionalVersion' },
      ],
      rowSnapshot: () => rows('SELECT * FROM objective WHERE id = $1', [fx.objectiveId]),
    },
    {
      name: 'removeObjective',
      args: { id: 'ID!', effectiveFrom: 'Date', version: 'Int' },
      selection: '',
      // The shared objective is used by the plan's actions: refused.
      base: async () => ({ id: fx.objectiveId }),
      fresh: async () => ({
        id: (
          await admin.ok(graphql(`mutation BadInputCreateObjective($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }`), {
            i: { strategyId: fx.strategyId, pillar: 'PREPARE', code: `R${uniqueSuffix().slice(0, 8)}`, title: 'Unused' },
          })
        ).createObjective.id,
      }),
      fields: [{ path: 'id', kind: 'id', wrongKind: () => fx.planId }],
      extra: () => [{ label: 'an objective still used by actions of the plan', patch: (v) => v, outcome: BAD }],
      rowSnapshot: () => rows('SELECT * FROM objective WHERE id = $1', [fx.objectiveId]),
    },
    {
      name: 'updateDeliveryPlan',
      args: { id: 'ID!', input: 'UpdateDeliveryPlanInput!' },
      selection: 'id title startDate endDate version',
      table: 'delivery_plan',
      base: async () => ({ id: fx.planId, input: { title: 'Plan' } }),
      fresh: async () => ({
        id: (
          await admin.ok(graphql(`mutation BadInputCreateDeliveryPlan($i: CreateDeliveryPlanInput!) { createDeliveryPlan(input: $i) { id } }`), {
            i: { strategyId: fx.strategyId, title: 'Fresh plan', startDate: '2024-01-01', endDate: '2026-12-31' },
          })
        ).createDeliveryPlan.id,
        input: {},
      }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.action.id },
        { path: 'input.title', kind: 'text', max: 300, column: 'title', whenNull: 'refuse' },
        { path: 'input.startDate', kind: 'optionalDate', whenNull: 'refuse', column: 'start_date::text' },
        { path: 'input.endDate', kind: 'optionalDate', whenNull: 'refuse', column: 'end_date::text' },
        { path: 'input.version', kind: 'optionalVersion' },
      ],
      extra: () => [
        { label: 'a start before the strategy', patch: (v) => setPath(v, 'input.startDate', '2023-12-31'), outcome: BAD },
        { label: 'an end after the strategy', patch: (v) => setPath(v, 'input.endDate', '2028-01-01'), outcome: BAD },
        { label: 'an end before the start', patch: (v) => setPath(v, 'input.endDate', '2023-06-30'), outcome: BAD },
      ],
      rowSnapshot: () => rows('SELECT * FROM delivery_plan WHERE id = $1', [fx.planId]),
    },
    {
      name: 'removeAction',
      args: { id: 'ID!', reason: 'String!', effectiveFrom: 'Date', version: 'Int' },
      selection: '',
      base: async () => ({ id: fx.action.id, reason: 'Entered twice' }),
      fresh: async () => ({ id: (await newAction()).id, reason: 'Entered twice' }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.milestoneId },
        { path: 'reason', kind: 'text', max: 1000 },
        { path: 'effectiveFrom', kind: 'pastDate', whenNull: TODAY },
        { path: 'version', kind: 'optionalVersion' },
      ],
      extra: () => [{ label: 'a day before the action entered the plan', patch: (v) => setPath(v, 'effectiveFrom', '2023-12-31'), outcome: BAD }],
      rowSnapshot: () => actionRow(fx.action.id),
    },
    {
      name: 'updateMilestone',
      args: { id: 'ID!', input: 'UpdateMilestoneInput!' },
      selection: 'id title dueDate position version',
      table: 'milestone',
      base: async () => ({ id: fx.milestoneId, input: { title: 'Milestone' } }),
      fresh: async () => ({ id: await newMilestone(fx.action.id), input: {} }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.action.id },
        { path: 'input.title', kind: 'text', max: 300, column: 'title', whenNull: 'refuse' },
        { path: 'input.dueDate', kind: 'optionalDate', whenNull: 'refuse', column: 'due_date::text' },
        { path: 'input.position', kind: 'int', range: [1, 10000], whenNull: 'refuse', column: 'position' },
        { path: 'input.effectiveFrom', kind: 'pastDate', whenNull: TODAY },
        { path: 'input.version', kind: 'optionalVersion' },
      ],
      extra: () => [{ label: 'a milestone of a cancelled action', patch: (v) => setPath(v, 'id', fx.cancelledMilestoneId), outcome: BAD }],
      rowSnapshot: () => rows('SELECT * FROM milestone WHERE id = ANY($1::uuid[]) ORDER BY id', [[fx.milestoneId, fx.cancelledMilestoneId]]),
    },
    {
      name: 'reopenMilestone',
      args: { id: 'ID!', effectiveFrom: 'Date', version: 'Int' },
      selection: 'id completedOn',
      table: 'milestone',
      // A milestone of the shared action that is never completed: refused.
      base: async () => ({ id: (openMilestoneId ??= await newMilestone(fx.action.id)) }),
      fresh: async () => {
        const id = await newMilestone(fx.action.id);
        await admin.ok(graphql(`mutation BadInputCompleteMilestone($id: ID!) { completeMilestone(id: $id, completedOn: "2024-01-15") { id } }`), { id });
        return { id };
      },
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.action.id },
        { path: 'effectiveFrom', kind: 'pastDate', whenNull: TODAY },
        { path: 'version', kind: 'optionalVersion' },
      ],
      extra: () => [
        { label: 'a milestone that is not complete', patch: (v) => v, outcome: BAD },
        { label: 'a milestone of a cancelled action', patch: (v) => setPath(v, 'id', fx.cancelledMilestoneId), outcome: BAD },
      ],
      rowSnapshot: () => rows('SELECT * FROM milestone WHERE id = ANY($1::uuid[]) ORDER BY id', [[openMilestoneId, fx.cancelledMilestoneId]]),
    },
    {
      name: 'removeMilestone',
      args: { id: 'ID!', effectiveFrom: 'Date', version: 'Int' },
      selection: '',
      base: async () => ({ id: fx.milestoneId }),
      fresh: async () => ({ id: await newMilestone(fx.action.id) }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.action.id },
        { path: 'effectiveFrom', kind: 'pastDate', whenNull: TODAY },
        { path: 'version', kind: 'optionalVersion' },
      ],
      extra: () => [
        { label: 'a milestone of a cancelled action', patch: (v) => setPath(v, 'id', fx.cancelledMilestoneId), outcome: BAD },
        { label: 'a day before the milestone entered the plan', patch: (v) => setPath(v, 'effectiveFrom', '2023-12-31'), outcome: BAD },
      ],
      rowSnapshot: () => rows('SELECT * FROM milestone WHERE id = ANY($1::uuid[]) ORDER BY id', [[fx.milestoneId, fx.cancelledMilestoneId]]),
    },
    {
      name: 'createBoardMeeting',
      args: { input: 'CreateBoardMeetingInput!' },
      selection: 'id title date',
      table: 'board_meeting',
      base: async () => ({ input: { partnershipId: fx.partnershipId, title: 'Board, Q2 2025', date: '2025-06-30' } }),
      fields: [
        { path: 'input.partnershipId', kind: 'id' },
        { path: 'input.title', kind: 'text', max: 300, column: 'title' },
        { path: 'input.date', kind: 'date', column: 'meeting_date::text' },
      ],
    },
    {
      name: 'updateBoardMeeting',
      args: { id: 'ID!', input: 'UpdateBoardMeetingInput!' },
      selection: 'id title date version',
      table: 'board_meeting',
      base: async () => ({ id: await sharedMeeting(), input: { title: 'Board' } }),
      fresh: async () => ({ id: await newMeeting(), input: {} }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.planId },
        { path: 'input.title', kind: 'text', max: 300, column: 'title', whenNull: 'refuse' },
        { path: 'input.date', kind: 'optionalDate', whenNull: 'refuse', column: 'meeting_date::text' },
        { path: 'input.version', kind: 'optionalVersion' },
      ],
      rowSnapshot: async () => rows('SELECT * FROM board_meeting WHERE id = $1', [await sharedMeeting()]),
    },
    {
      name: 'removeBoardMeeting',
      args: { id: 'ID!', version: 'Int' },
      selection: '',
      base: async () => ({ id: await sharedMeeting() }),
      fresh: async () => ({ id: await newMeeting() }),
      fields: [
        { path: 'id', kind: 'id', wrongKind: () => fx.planId },
        { path: 'version', kind: 'optionalVersion' },
      ],
      rowSnapshot: async () => rows('SELECT * FROM board_meeting WHERE id = $1', [await sharedMeeting()]),
    },
  ];

  let sharedMeetingId: string | undefined;
  const newMeeting = async (): Promise<string> =>
    (
      await admin.ok(graphql(`mutation BadInputCreateBoardMeeting($i: CreateBoardMeetingInput!) { createBoardMeeting(input: $i) { id } }`), {
        i: { partnershipId: fx.partnershipId, title: 'Board', date: '2025-03-31' },
      })
    ).createBoardMeeting.id;
  const sharedMeeting = async (): Promise<string> => (sharedMeetingId ??= await newMeeting());

  it('generates cases for every mutation of the contract (and mutations beyond it)', () => {
    expect(specs().map((s) => s.name)).toEqual(expect.arrayContaining([...CONTRACT_MUTATIONS]));
  });

  /** The cases of one mutation: whole-input ones, per field, and cross-field ones. */
  function casesOf(spec: MutationSpec): { label: string; path: string | null; build: (vars: Vars) => Vars; outcome: Outcome; variablesOnly?: boolean }[] {
    const out: ReturnType<typeof casesOf> = [];
    if ('input' in spec.args) {
      const whole: [string, unknown][] = [
        ['a string', 'x'],
        ['a number', 42],
        ['a list', [{}]],
        ['null', null],
        ['missing', MISSING],
      ];
      for (const [label, value] of whole) out.push({ label: `input ${label}`, path: 'input', build: (v) => setPath(v, 'input', value), outcome: BAD });
      out.push({ label: 'input with an unknown field', path: 'input', build: (v) => setPath(v, 'input.bogus', 1), outcome: BAD });
    }
    for (const field of spec.fields) {
      for (const c of [...casesFor(field, fx), ...(field.extra?.() ?? [])]) {
        out.push({
          label: `${field.path} = ${c.label}`,
          path: field.path,
          build: (v) => setPath(v, field.path, c.value),
          outcome: c.outcome,
          variablesOnly: c.variablesOnly,
        });
      }
    }
    for (const c of spec.extra?.() ?? []) out.push({ label: c.label, path: null, build: c.patch, outcome: c.outcome });
    return out;
  }

  function checkClean(response: RawResponse): void {
    expect(response.status).toBeLessThan(500);
    expect(internalsIn(response.text)).toEqual([]);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  }

  type Generated = ReturnType<typeof casesOf>[number] & { form: Form };

  /**
   * Every case of one mutation, in variables and, where the literal takes another path, inline too:
   * values refused by type or shape (parseLiteral vs parseValue) and accepted ones. A value refused
   * as unknown (NOT_FOUND) or taken (CONFLICT) reaches the resolver the same either way.
   */
  const inlineToo = (spec: MutationSpec, c: ReturnType<typeof casesOf>[number]): boolean =>
    !c.variablesOnly && (isAccept(c.outcome) ? !spec.acceptVariablesOnly : c.outcome.codes.includes('BAD_USER_INPUT'));
  const table = (spec: MutationSpec): Generated[] =>
    casesOf(spec).flatMap((c) => (['variables', 'literal'] as Form[]).filter((form) => form === 'variables' || inlineToo(spec, c)).map((form) => ({ ...c, form })));

  // jest names the tests before beforeAll runs: the names come from the same table built over
  // stand-in fixtures (names never include fixture values, so both tables line up case by case).
  const NAMED = (() => {
    Object.assign(fx, PLACEHOLDER_FIXTURES);
    try {
      return [...specs(), ...historySpecs()].map(
        (spec) =>
          [
            spec.name,
            table(spec).map((c, i): [string, number] => [`${c.label} (${c.form}) → ${isAccept(c.outcome) ? 'accepted' : c.outcome.codes.join('|')}`, i]),
          ] as const,
      );
    } finally {
      for (const key of Object.keys(fx)) delete (fx as unknown as Record<string, unknown>)[key];
    }
  })();

  describe.each(NAMED)('%s', (name, names) => {
    it.each(names)('%s', async (_label, index) => {
      const spec = [...specs(), ...historySpecs()].find((candidate) => candidate.name === name)!;
      const c = table(spec)[index];
      const valid = isAccept(c.outcome) && spec.fresh ? await spec.fresh() : await spec.base();
      const vars = c.build(valid);
      const { query, variables } = document(spec, vars, c.form);
      const rowsBefore = await spec.rowSnapshot?.(vars);
      const before = await countAllTables(server, spec.mayWrite);
      const response = await postGraphql<Record<string, Row>>(endpoint, adminToken, { query, variables });
      const changes = countChanges(before, await countAllTables(server, spec.mayWrite));
      checkClean(response);

      if (!isAccept(c.outcome)) {
        const codes = c.form === 'literal' && c.outcome.codes.includes('BAD_USER_INPUT') ? [...c.outcome.codes, 'GRAPHQL_VALIDATION_FAILED'] : c.outcome.codes;
        expect(response.errors).toHaveLength(1);
        expect(codes).toContain(response.code);
        expect(response.json?.data?.[name] ?? null).toBeNull();
        if (c.form === 'variables' && c.path && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(response.code!)) {
          // The error names the field (or the input object holding it).
          const fields = errorFields(response.errors![0]);
          expect(fields.some((f) => f === c.path || c.path!.startsWith(`${f}.`) || f.startsWith(`${c.path}.`))).toBe(true);
        }
        expect(changes).toEqual({});
        if (spec.rowSnapshot) expect(await spec.rowSnapshot(vars)).toEqual(rowsBefore);
        return;
      }

      expect(response.errors).toBeUndefined();
      const row = response.json!.data![name];
      expect(changes.audit_event).toBe(1);
      const [event] = await latestAuditEvents(server);
      expect(event).toMatchObject({ operation: name, actorId: fx.adminId });
      const field = c.path ? spec.fields.find((f) => f.path === c.path) : undefined;
      if (!field || !c.path) return;
      const sent = getPath(vars, c.path);
      const expected = 'expected' in c.outcome ? c.outcome.expected : sent;
      const returned = field.result !== undefined || (typeof row === 'object' && row !== null && c.path.split('.').at(-1)! in row);
      if (returned) expect(field.result ? field.result(row) : row[c.path.split('.').at(-1)!]).toEqual(expected);
      if (field.column && spec.table) {
        const [stored] = await rows(`SELECT ${field.column} AS value FROM ${spec.table} WHERE id = $1`, [row.id]);
        expect(stored.value).toEqual(expected);
      }
      if (returned && typeof sent === 'string' && sent.length > 0) {
        // Returned as sent, as a JSON string: not escaped into HTML entities, not stripped.
        expect(response.text).toContain(JSON.stringify(sent).slice(1, -1));
      }
      await spec.roundTrip?.(c.path, sent, vars);
    });
  });

  it('leaves every table in place after all the SQL fragments', async () => {
    expect(await allTables(server)).toEqual(tablesAtStart);
    const { rows: tables } = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables[0].n).toBe(tablesAtStart.length);
    expect(await server.count('action')).toBeGreaterThan(0);
    expect(await server.count('partnership')).toBeGreaterThan(0);
  });
});
