/**
 * Renders a board pack PDF from made-up, fixed data with every section (differences from the
 * published pack, commentary, since the last board, RAG trend, returns by agency, changes …), for
 * looking at the layout without a database:
 *
 *   node -r @swc-node/register scripts/sample-board-pack.ts out.pdf [actions] [plain]
 *
 * The same arguments give the same file. With many actions (e.g. 3000) the tables break across
 * pages and the PDF reaches its page and row limits.
 */
import { writeFileSync } from 'node:fs';
import { rollUp, RollUp } from '@app/board-report/rules';
import type { ActionLine, BoardPackData } from '@app/board-pack';
// The writer itself, as the render process loads it (not part of the lib's public surface).
import { boardPackPdf } from '../libs/board-pack/src/export/pdf-board-pack.writer';

const PILLARS = ['PREVENT', 'PURSUE', 'PROTECT', 'PREPARE'];
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
const RAGS: Record<string, string | null> = { NOT_STARTED: 'GREEN', IN_PROGRESS: 'AMBER', ON_HOLD: 'AMBER', COMPLETED: 'BLUE', CANCELLED: null };
const AGENCIES = ['Northshire Police', 'Northshire County Council', 'Fire and Rescue Service', 'NHS Northshire ICB', 'Probation Service', 'Łódź Twinning Trust'];
const WORDS = 'train staff review referral pathways share data publish guidance audit premises engage communities fund projects measure outcomes'.split(' ');

/** A fixed pseudo-random sequence (the same every run). */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export function sampleBoardPack(actionCount: number): BoardPackData {
  const random = sequence(17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const date = (offset: number): string => new Date(Date.UTC(2026, 5, 30) + offset * 86_400_000).toISOString().slice(0, 10);
  const actions: ActionLine[] = Array.from({ length: actionCount }, (_, i) => {
    const status = STATUSES[i % STATUSES.length];
    const rag = i % 7 === 0 && status === 'IN_PROGRESS' ? 'RED' : RAGS[status];
    const overdue = rag === 'RED' && i % 2 === 0;
    const progress = status === 'COMPLETED' ? 100 : Math.floor(random() * 10) * 10;
    return {
      ref: `${Math.floor(i / 9) + 1}.${(i % 9) + 1}`,
      title: words(3 + (i % 9)),
      pillar: PILLARS[i % 4],
      objectiveCode: `${PILLARS[i % 4][0]}${(i % 3) + 1}`,
      objectiveTitle: words(5),
      leadAgency: pick(AGENCIES),
      supportingAgencies: i % 3 ? [pick(AGENCIES), pick(AGENCIES)] : [],
      startDate: i % 5 ? date(-200 + i) : null,
      dueDate: date(-30 + (i % 120)),
      originalDueDate: i % 11 === 0 ? date(-90) : null,
      status,
      percentComplete: progress,
      progress,
      rag,
      ragReasons:
        rag === 'RED'
          ? overdue
            ? ['OVERDUE', 'REPORTED_RED']
            : ['REPORTED_RED']
          : rag === 'AMBER'
            ? status === 'ON_HOLD'
              ? ['ON_HOLD']
              : ['NO_RECENT_UPDATE']
            : [],
      overdue,
      daysOverdue: overdue ? 3 + (i % 40) : 0,
      dueSoon: !overdue && i % 6 === 1,
      stale: rag === 'AMBER' && status === 'IN_PROGRESS',
      lastReportedOn: i % 4 ? date(-(i % 60)) : null,
    };
  });
  const rows = actions.map((a) => ({
    status: a.status as never,
    progress: a.progress,
    overdue: a.overdue,
    dueSoon: a.dueSoon,
    stale: a.stale,
    rag: a.rag as never,
  }));
  const groupBy = (key: (a: ActionLine) => string): Map<string, RollUp> => {
    const groups = new Map<string, number[]>();
    actions.forEach((a, i) => groups.set(key(a), [...(groups.get(key(a)) ?? []), i]));
    return new Map([...groups].map(([k, list]) => [k, rollUp(list.map((i) => rows[i]))]));
  };
  const byPillar = groupBy((a) => a.pillar);
  const byObjective = groupBy((a) => a.objectiveCode);
  const byAgency = groupBy((a) => a.leadAgency);
  const overall = rollUp(rows);
  const lastOverall: RollUp = { ...overall, total: overall.total - 2, overdue: Math.max(0, overall.overdue - 3), progress: Math.max(0, overall.progress - 4.5) };
  const long = `${words(40)}. ${words(60)}; ${words(80)}.`;
  return {
    partnership: { name: 'Northshire Community Safety Partnership', timezone: 'Europe/London' },
    strategy: { title: 'Serious Violence Strategy 2026 to 2029' },
    plan: { title: 'Delivery Plan 2026/27', startDate: '2026-04-01', endDate: '2027-03-31' },
    asOf: '2026-06-30',
    since: '2026-03-31',
    sinceMeeting: { title: 'Board, Q4 2025/26', date: '2026-03-31' },
    roundCompliance: AGENCIES.map((agency, i) => ({
      agency,
      due: 10 + i,
      onTime: 6,
      late: i % 3,
      missed: i % 2,
      outstanding: 4 + i - (i % 3) - (i % 2),
      acknowledged: 5,
    })),
    generatedAt: new Date('2026-06-30T14:05:00Z'),
    settings: { staleAfterDays: 45, dueSoonDays: 30 },
    overall,
    byPillar: PILLARS.map((pillar) => ({ pillar, rollUp: byPillar.get(pillar) ?? rollUp([]) })),
    byObjective: [...byObjective].sort().map(([code, r]) => ({ pillar: PILLARS.find((p) => p[0] === code[0])!, code, title: words(6), rollUp: r })),
    byAgency: [...byAgency].sort().map(([agency, r]) => ({ agency, rollUp: r })),
    overdueActions: actions.filter((a) => a.overdue),
    overdueMilestones: actions
      .filter((a) => a.overdue)
      .slice(0, 40)
      .map((a, i) => ({ ref: a.ref, actionTitle: a.title, leadAgency: a.leadAgency, milestone: words(4), dueDate: date(-10 - i), daysOverdue: 10 + i })),
    dueSoon: actions.filter((a) => a.dueSoon),
    staleActions: actions.filter((a) => a.stale),
    changes: actions
      .filter((_, i) => i % 4 === 0)
      .map((a, i) => ({
        ref: a.ref,
        title: a.title,
        leadAgency: a.leadAgency,
        statusBefore: 'NOT_STARTED',
        statusAfter: a.status,
        ragBefore: 'GREEN',
        ragAfter: a.rag,
        kinds: i % 3 === 0 ? ['STATUS_OR_RAG', 'DUE_DATE_MOVED'] : i % 3 === 1 ? ['ADDED'] : ['PROGRESS_MOVED'],
        ragReasonsBefore: [],
        ragReasonsAfter: a.ragReasons,
        progressBefore: 0,
        progressAfter: a.progress,
        dueDateBefore: date(-90),
        dueDateAfter: a.dueDate,
      })),
    updatesSince: actions
      .filter((a) => a.lastReportedOn)
      .map((a, i) => ({
        reportedOn: a.lastReportedOn!,
        ref: a.ref,
        title: a.title,
        author: `Officer ${i % 13}`,
        agency: a.leadAgency,
        status: a.status,
        percentComplete: a.percentComplete,
        rag: a.rag,
        narrative: i % 5 ? words(12) : long,
      })),
    allActions: actions,
    latestReturns: Object.fromEntries(
      actions
        .filter((a) => a.rag === 'RED' || a.overdue)
        .map((a, i) => [a.ref, { reportedOn: date(-i % 30), author: `Officer ${i % 13}`, agency: a.leadAgency, narrative: i % 3 ? words(20) : `${long} ${long}` }]),
    ),
    publication: {
      version: 2,
      publishedAt: '2026-07-01T09:00:00Z',
      publishedBy: 'Sam Coordinator',
      meetingTitle: 'Board, Q1 2026/27',
      meetingDate: '2026-07-08',
      reason: 'A late return from probation',
      ruleVersion: 'rules-2026-11',
    },
    commentary: { summary: long, pillars: { PREVENT: words(50), PURSUE: '', PROTECT: words(30), PREPARE: words(20) } },
    lastBoard: {
      version: 1,
      publishedAt: '2026-04-02T10:00:00Z',
      asOf: '2026-03-31',
      meetingTitle: 'Board, Q4 2025/26',
      meetingDate: '2026-03-31',
      overall: lastOverall,
      byPillar: PILLARS.map((pillar) => ({ pillar, rollUp: byPillar.get(pillar) ?? rollUp([]) })),
      differences: [
        { kind: 'FIGURE', path: 'overall.total', ref: null, before: String(lastOverall.total), after: String(overall.total) },
        { kind: 'FIGURE', path: 'overall.progress', ref: null, before: String(lastOverall.progress), after: String(overall.progress) },
        { kind: 'PILLAR', path: 'PREVENT.overdue', ref: 'PREVENT', before: '0', after: String(byPillar.get('PREVENT')?.overdue ?? 0) },
        ...actions.slice(0, Math.min(actions.length, 30)).flatMap((a, i) =>
          i % 5 === 0
            ? [{ kind: 'ACTION_ADDED', path: a.ref, ref: a.ref, before: null, after: a.title }]
            : [
                { kind: 'ACTION', path: `${a.ref}.rag`, ref: a.ref, before: 'GREEN', after: a.rag },
                { kind: 'ACTION', path: `${a.ref}.progress`, ref: a.ref, before: '0', after: String(a.progress) },
                { kind: 'ACTION', path: `${a.ref}.lastReportedOn`, ref: a.ref, before: null, after: a.lastReportedOn },
              ],
        ),
      ],
    },
    ragTrend: [
      { label: '31 Dec 2025', asOf: '2025-12-31', byPillar: PILLARS.map((pillar, i) => ({ pillar, red: i, amber: 3, green: 5 + i, blue: 1 })) },
      { label: '31 Mar 2026', asOf: '2026-03-31', byPillar: PILLARS.map((pillar, i) => ({ pillar, red: 2, amber: 2 + i, green: 4, blue: 2 })) },
      { label: 'This pack', asOf: '2026-06-30', byPillar: PILLARS.map((pillar) => ({ pillar, ...(byPillar.get(pillar) ?? rollUp([])).byRag })) },
    ],
    published: {
      version: 1,
      publishedAt: '2026-07-01T09:00:00Z',
      differences: [
        { kind: 'FIGURE', path: 'overall.overdue', ref: null, before: '3', after: String(overall.overdue) },
        { kind: 'ACTION', path: '1.1.rag', ref: '1.1', before: 'AMBER', after: 'RED' },
      ],
    },
  };
}

if (require.main === module) {
  const [out = 'sample-board-pack.pdf', count = '60', variant] = process.argv.slice(2);
  const data = sampleBoardPack(Number(count));
  // "plain": a live pack with no "since" date, nothing published and no reporting rounds.
  const shown: BoardPackData =
    variant === 'plain'
      ? {
          ...data,
          since: null,
          sinceMeeting: null,
          roundCompliance: [],
          publication: null,
          commentary: null,
          lastBoard: null,
          ragTrend: [],
          published: null,
          latestReturns: {},
        }
      : data;
  void boardPackPdf(shown).then((pdf) => writeFileSync(out, pdf));
}
