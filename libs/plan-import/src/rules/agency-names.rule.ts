import type { AgencyKindName } from '@app/domain';

/**
 * Reading agency names as real delivery plans write them (issue 14): lists joined by " / ", " & ",
 * " and ", commas, semicolons or line breaks, joint leads ("Council / Police"), and the kind of an
 * agency an import creates, guessed from its name. Pure functions, no framework imports.
 */

/**
 * Separators that always end a name, unless the text around them is itself a known name
 * ("Smith, Jones and Partners" stays whole when an agency is called that).
 */
const STRONG = String.raw`\s*,\s*|\s*\/\s*|\s+\+\s+`;
/** Separators that split only between two known names: "Safeguarding Adults and Children Board" stays whole. */
const WEAK = String.raw`\s+&\s+|\s+and\s+`;
const SEPARATOR = new RegExp(`(${STRONG}|${WEAK})`, 'i');
const WEAK_ONLY = new RegExp(`^(?:${WEAK})$`, 'i');

/** Text a name may not start or end with once cut out of a list ("and Westmere Police" is "Westmere Police"). */
const tidy = (name: string): string =>
  name
    .replace(/^[\s,/&+]*(?:and\s+)?/i, '')
    .replace(/[\s,/&+]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The names in one cell. Semicolons, pipes and line breaks always separate. Within each piece the
 * split that recognises the most known agencies wins: commas, slashes and " + " separate unless the
 * text they join is a known name; " & " and " and " separate only two known names, so an unknown
 * name keeps its "and". `isKnown` compares as the caller does (see `agencyKey`).
 */
export function splitAgencyList(text: string, isKnown: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[;|\n\r]+/)) {
    const trimmed = tidy(piece);
    if (trimmed === '') continue;
    out.push(...splitPiece(trimmed, isKnown));
  }
  return out;
}

interface Best {
  known: number;
  segments: number;
  names: string[];
}

/**
 * Dynamic programming over the separators of one piece: each segment is a run of words between
 * two chosen cuts. A segment spanning a strong separator must be a known name; a cut at a weak
 * separator needs known names on both sides. Most known segments win, then the fewest segments.
 */
function splitPiece(piece: string, isKnown: (name: string) => boolean): string[] {
  const parts = piece.split(SEPARATOR);
  // parts: word runs at even indexes, separators at odd ones.
  const words = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const n = words.length;
  // A very long list: the cubic search is not worth it; commas and slashes still separate.
  if (n > 40)
    return piece
      .split(new RegExp(STRONG, 'i'))
      .map(tidy)
      .filter((name) => name !== '');
  const segment = (from: number, to: number): string => {
    let text = words[from];
    for (let i = from; i < to; i += 1) text += seps[i] + words[i + 1];
    return tidy(text);
  };
  const spansStrong = (from: number, to: number): boolean => seps.slice(from, to).some((s) => !WEAK_ONLY.test(s));
  // best[i]: the best split of words[0..i-1] whose last segment ends at a cut before word i, with that last segment.
  const best = new Array<Best & { lastKnown: boolean }>(n + 1);
  best[0] = { known: 0, segments: 0, names: [], lastKnown: true };
  for (let to = 1; to <= n; to += 1) {
    for (let from = 0; from < to; from += 1) {
      const prev = best[from];
      if (!prev) continue;
      const name = segment(from, to - 1);
      if (name === '') continue;
      const known = isKnown(name);
      if (!known && spansStrong(from, to - 1)) continue;
      // A cut at a weak separator (the one before `from`) needs known names on both sides.
      if (from > 0 && WEAK_ONLY.test(seps[from - 1]) && !(known && prev.lastKnown)) continue;
      const candidate = { known: prev.known + (known ? 1 : 0), segments: prev.segments + 1, names: [...prev.names, name], lastKnown: known };
      const current = best[to];
      if (!current || candidate.known > current.known || (candidate.known === current.known && candidate.segments < current.segments)) best[to] = candidate;
    }
  }
  return best[n]?.names ?? [piece];
}

/** True when a name that is not an agency yet reads like a list of several ("Council / Police", "Police and Fire"). */
export function looksLikeList(name: string): boolean {
  return /\s[/&+]\s|\/|,|\s+and\s+/i.test(name);
}

const KIND_HINTS: readonly [RegExp, AgencyKindName][] = [
  [/\bnhs\b|\bicb\b|\bintegrated care\b|\bhospitals?\b|\bgp\b|\bgps\b|\bccg\b|\bclinical\b|\bambulance\b|\bhealth\b|\bmedical\b|\bsurgery\b/, 'HEALTH'],
  [/\bpolice\b|\bconstabulary\b|\bpcc\b|police and crime commissioner/, 'POLICE'],
  [/\bfire\b/, 'FIRE'],
  [/\bprobation\b|\byouth justice\b|\byouth offending\b|\bprisons?\b/, 'PROBATION'],
  [/\bschools?\b|\bcolleges?\b|\buniversity\b|\beducation\b|\bacademy\b|\bacademies\b/, 'EDUCATION'],
  [
    /\bcharity\b|\bcharitable\b|\bfoundation\b|\bfor justice\b|\bsalvation army\b|\bbarnardo'?s\b|\bvoluntary\b|\bcvs\b|\bsafe passage\b|\bvictim support\b|\bnspcc\b|\bred cross\b|\bcommunity interest company\b|\bcic\b/,
    'VOLUNTARY',
  ],
  [/\bcouncil\b|\bborough\b|\blocal authority\b/, 'COUNCIL'],
  [/\btrust\b/, 'HEALTH'],
  [/\bbusiness\b|\bchamber\b|\bltd\b|\blimited\b|\bplc\b|\bretail\b|\bemployers?\b/, 'BUSINESS'],
];

/**
 * The kind of an agency an import creates, guessed from its name, and whether anything in the
 * name suggested it (`guessed: false` means OTHER for want of a hint). Order matters: "NHS
 * Foundation Trust" is HEALTH before "foundation" makes it VOLUNTARY; "Council for Voluntary
 * Service" is VOLUNTARY before "council"; a bare "Trust" (NHS trusts) is HEALTH only when no
 * charity word came first.
 */
export function guessAgencyKind(name: string): { kind: AgencyKindName; guessed: boolean } {
  const text = name.toLowerCase().replace(/[’‘`]/g, "'");
  for (const [pattern, kind] of KIND_HINTS) if (pattern.test(text)) return { kind, guessed: true };
  return { kind: 'OTHER', guessed: false };
}
