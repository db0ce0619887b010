import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DueSoonTable, OverdueTable, RollUpTable, StaleTable } from '../components/ActionTables';
import { DateRangeForm } from '../components/DateRangeForm';
import RagChart from '../components/RagChart';
import { Loading, ProblemPanel, RagTag, StatusTag, TableWrap, usePageTitle } from '../components/ui';
import { ragByPillarBars } from '../lib/chart-data';
import { isCalendarDate } from '../lib/dates';
import {
  changeInWords,
  days,
  formatDate,
  monthsBefore,
  percent,
  PILLAR_LABEL,
  reasonsInWords,
  relativeDays,
  type ActionStatus,
  type Rag,
  type RagReason,
} from '../lib/format';
import { DashboardChangesQuery, DashboardQuery } from '../lib/operations';

export default function DashboardPage() {
  const { planId = '' } = useParams();
  const [params] = useSearchParams();
  const asOfParam = isCalendarDate(params.get('asOf')) ? params.get('asOf')! : null;
  const sinceParam = isCalendarDate(params.get('since')) ? params.get('since')! : null;
  // Without a since date the server compares with the latest board meeting before asOf (and says
  // which); when there is none, the changes are asked again for the 3 months before asOf.
  const report = useQuery(DashboardQuery, { variables: { plan: planId, asOf: asOfParam, since: sinceParam } });
  const first = report.data?.boardReport;
  const fallbackSince = !sinceParam && first && !first.since ? monthsBefore(first.asOf, 3) : null;
  const fallback = useQuery(DashboardChangesQuery, { variables: { plan: planId, asOf: first?.asOf ?? '', since: fallbackSince ?? '' }, skip: !fallbackSince });
  const plan = first?.deliveryPlan;
  usePageTitle(plan ? `${plan.title}: board dashboard` : 'Board dashboard');

  const error = report.error ?? fallback.error;
  if (error && !report.data) return <ProblemPanel error={error} onRetry={() => void report.refetch()} />;
  if (!plan || !report.data) return <Loading what="Loading the board dashboard" />;

  const r = report.data.boardReport;
  const meeting = r.sinceBoardMeeting;
  const since = r.since ?? fallbackSince!;
  const changes = fallbackSince ? fallback.data?.boardReport.changes : r.changes;
  const keep = new URLSearchParams();
  if (asOfParam) keep.set('asOf', asOfParam);
  if (sinceParam) keep.set('since', sinceParam);
  const search = keep.toString() ? `?${keep.toString()}` : '';
  const p = r.partnership;
  const o = r.overall;
  const isToday = r.asOf === p.today;
  const milestonesByAction = new Map<string, { title: string; dueDate: string }[]>();
  for (const m of r.overdueMilestones) {
    const list = milestonesByAction.get(m.action.id) ?? [];
    list.push({ title: m.milestone.title, dueDate: m.dueDate });
    milestonesByAction.set(m.action.id, list);
  }
  // With a board meeting the pack finds (and names) it itself.
  const packQuery = `?asOf=${r.asOf}${meeting ? '' : `&since=${since}`}`;
  const rulesChanged = r.staleAfterDays !== p.staleAfterDays || r.dueSoonDays !== p.dueSoonDays;
  const figures: { label: string; value: string; alert?: boolean }[] = [
    { label: 'Actions', value: String(o.total) },
    { label: 'Progress', value: percent(o.progress) },
    { label: 'Overdue', value: String(o.overdue), alert: o.overdue > 0 },
    { label: 'Due soon', value: String(o.dueSoon) },
    { label: 'No recent update', value: String(o.stale), alert: o.stale > 0 },
    { label: 'Completed', value: String(o.completed) },
  ];

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to="/">
              Home
            </Link>
          </li>
        </ol>
      </nav>
      <span className="govuk-caption-l">{p.name}</span>
      <h1 className="govuk-heading-l">{plan.title}: board dashboard</h1>
      <p className="govuk-body-l" id="report-dates">
        Figures as of <strong>{formatDate(r.asOf)}</strong>
        {isToday ? ' (today)' : ''}, with changes since{' '}
        {meeting ? (
          <>
            the board meeting of <strong>{formatDate(meeting.date)}</strong> ({meeting.title})
          </>
        ) : (
          <strong>{formatDate(since)}</strong>
        )}
        .
      </p>
      <p className="govuk-body" id="report-rules">
        Rules in force on {formatDate(r.asOf)}: no recent update after {days(r.staleAfterDays)}; due soon within {days(r.dueSoonDays)}.
        {rulesChanged && !isToday ? ` Today's rules differ: no recent update after ${days(p.staleAfterDays)}; due soon within ${days(p.dueSoonDays)}.` : ''}
      </p>
      <DateRangeForm key={`${r.asOf}/${since}`} asOf={r.asOf} since={since} />

      <div className="pdt-downloads">
        <h2 className="govuk-heading-s">Download the board pack for these dates</h2>
        <ul className="govuk-list pdt-actions-bar">
          <li>
            <a className="govuk-link" href={`/api/plans/${planId}/board-pack.pdf${packQuery}`} download>
              PDF board pack
            </a>
          </li>
          <li>
            <a className="govuk-link" href={`/api/plans/${planId}/board-pack.xlsx${packQuery}`} download>
              Spreadsheet (XLSX)
            </a>
          </li>
          <li>
            <a className="govuk-link" href={`/api/plans/${planId}/board-pack.csv${packQuery}`} download>
              Actions (CSV)
            </a>
          </li>
        </ul>
      </div>

      <h2 className="govuk-heading-m">Headline figures</h2>
      <ul className="pdt-figures" aria-label="Headline figures">
        {figures.map((f) => (
          <li key={f.label} className={`pdt-figure${f.alert ? ' pdt-figure--alert' : ''}`} data-figure={f.label}>
            <span className="pdt-figure__value">{f.value}</span>
            <span className="pdt-figure__label">{f.label}</span>
          </li>
        ))}
      </ul>

      <section className="pdt-section" aria-labelledby="rag-by-p">
        <h2 className="govuk-heading-m" id="rag-by-p">
          RAG by P
        </h2>
        <RagChart bars={ragByPillarBars(r.byPillar)} />
        <TableWrap label="RAG by P table">
          <table className="govuk-table pdt-stack" id="rag-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Actions by RAG for each P (cancelled actions not counted)</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  P
                </th>
                <th scope="col" className="govuk-table__header pdt-num">
                  <RagTag rag="RED" />
                </th>
                <th scope="col" className="govuk-table__header pdt-num">
                  <RagTag rag="AMBER" />
                </th>
                <th scope="col" className="govuk-table__header pdt-num">
                  <RagTag rag="GREEN" />
                </th>
                <th scope="col" className="govuk-table__header pdt-num">
                  <RagTag rag="BLUE" />
                </th>
                <th scope="col" className="govuk-table__header pdt-num">
                  Actions
                </th>
                <th scope="col" className="govuk-table__header pdt-num">
                  Progress
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {r.byPillar.map((row) => (
                <tr className="govuk-table__row" key={row.pillar}>
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={`/plans/${planId}/pillars/${row.pillar.toLowerCase()}${search}`}>
                      {PILLAR_LABEL[row.pillar]}
                    </Link>
                  </th>
                  <td data-label="Red" className="govuk-table__cell pdt-num">
                    {row.rollUp.byRag.red}
                  </td>
                  <td data-label="Amber" className="govuk-table__cell pdt-num">
                    {row.rollUp.byRag.amber}
                  </td>
                  <td data-label="Green" className="govuk-table__cell pdt-num">
                    {row.rollUp.byRag.green}
                  </td>
                  <td data-label="Blue" className="govuk-table__cell pdt-num">
                    {row.rollUp.byRag.blue}
                  </td>
                  <td data-label="Actions" className="govuk-table__cell pdt-num">
                    {row.rollUp.total}
                  </td>
                  <td data-label="Progress" className="govuk-table__cell pdt-num">
                    {percent(row.rollUp.progress)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <section className="pdt-section" aria-labelledby="by-objective">
        <h2 className="govuk-heading-m" id="by-objective">
          Progress by objective
        </h2>
        <RollUpTable
          caption="Progress by objective"
          groupHeader="Objective"
          rows={r.byObjective.map((row) => ({
            key: row.objective.id,
            label: (
              <Link className="govuk-link" to={`/plans/${planId}/objectives/${row.objective.id}${search}`}>
                {row.objective.code} {row.objective.title}
              </Link>
            ),
            rollUp: row.rollUp,
          }))}
        />
      </section>

      <section className="pdt-section" aria-labelledby="by-agency">
        <h2 className="govuk-heading-m" id="by-agency">
          Progress by lead agency
        </h2>
        <RollUpTable
          caption="Progress by lead agency"
          groupHeader="Lead agency"
          rows={r.byAgency.map((row) => ({ key: row.agency.id, label: row.agency.name, rollUp: row.rollUp }))}
        />
      </section>

      <section className="pdt-section" aria-labelledby="overdue">
        <h2 className="govuk-heading-m" id="overdue">
          Overdue actions ({r.overdueActions.length})
        </h2>
        <OverdueTable
          rows={r.overdueActions}
          asOf={r.asOf}
          caption="Overdue actions, most days overdue first"
          milestonesByAction={milestonesByAction}
          lastReportedKnown={false}
          staleAfterDays={r.staleAfterDays}
        />
      </section>

      <section className="pdt-section" aria-labelledby="overdue-milestones">
        <h2 className="govuk-heading-m" id="overdue-milestones">
          Overdue milestones ({r.overdueMilestones.length})
        </h2>
        {r.overdueMilestones.length === 0 ? (
          <p className="govuk-body">No milestone is overdue.</p>
        ) : (
          <TableWrap label="Overdue milestones">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Overdue milestones, most days overdue first</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Milestone
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Action
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Lead agency
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Was due
                  </th>
                  <th scope="col" className="govuk-table__header pdt-num">
                    Days overdue
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {r.overdueMilestones.map((m) => (
                  <tr className="govuk-table__row" key={m.milestone.id}>
                    <td className="govuk-table__cell">{m.milestone.title}</td>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/actions/${m.action.id}`}>
                        {m.action.ref} {m.action.title}
                      </Link>
                    </td>
                    <td className="govuk-table__cell">{m.action.leadAgency.name}</td>
                    <td className="govuk-table__cell pdt-nowrap">{formatDate(m.dueDate)}</td>
                    <td className="govuk-table__cell pdt-num">{m.daysOverdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section className="pdt-section" aria-labelledby="due-soon">
        <h2 className="govuk-heading-m" id="due-soon">
          Due soon ({r.dueSoon.length})
        </h2>
        <p className="govuk-body">
          Open actions due in the {days(r.dueSoonDays)} from {formatDate(r.asOf)}, soonest first.
        </p>
        <DueSoonTable rows={r.dueSoon} asOf={r.asOf} caption="Actions due soon" />
      </section>

      <section className="pdt-section" aria-labelledby="stale">
        <h2 className="govuk-heading-m" id="stale">
          No recent update ({r.staleActions.length})
        </h2>
        <p className="govuk-body">
          Open actions with no progress reported in the {days(r.staleAfterDays)} before {formatDate(r.asOf)}.
        </p>
        <StaleTable rows={r.staleActions} asOf={r.asOf} caption="Actions with no recent update" staleAfterDays={r.staleAfterDays} lastReportedKnown={isToday} />
      </section>

      <section className="pdt-section" aria-labelledby="changes">
        <h2 className="govuk-heading-m" id="changes">
          Changes since {meeting ? `the board meeting of ${formatDate(meeting.date)}` : formatDate(since)}
          {changes ? ` (${changes.length})` : ''}
        </h2>
        {!changes ? (
          fallback.error ? (
            <p className="govuk-body">The changes could not be loaded. Reload the page to try again.</p>
          ) : (
            <Loading what="Loading the changes" />
          )
        ) : changes.length === 0 ? (
          <p className="govuk-body">
            No action changed between {formatDate(since)} and {formatDate(r.asOf)}.
          </p>
        ) : (
          <>
            <p className="govuk-body">
              Actions whose status or RAG changed (with the reasons before and after), added to or removed from the plan, whose due date moved, or whose progress
              moved by 10 points or more, between {formatDate(since)} and {formatDate(r.asOf)}.
            </p>
            <TableWrap label="Changes since">
              <table className="govuk-table pdt-stack" id="changes-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Actions that changed, by ref</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">
                      Action
                    </th>
                    <th scope="col" className="govuk-table__header">
                      What changed
                    </th>
                    <th scope="col" className="govuk-table__header">
                      Before
                    </th>
                    <th scope="col" className="govuk-table__header">
                      After
                    </th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {changes.map((c) => {
                    const added = c.kinds.includes('ADDED');
                    const removed = c.kinds.includes('REMOVED');
                    return (
                      <tr className="govuk-table__row" key={c.action.id} data-ref={c.ref}>
                        <td data-label="Action" className="govuk-table__cell">
                          <Link className="govuk-link" to={`/actions/${c.action.id}`}>
                            <span className="pdt-nowrap">{c.ref}</span> {c.action.title}
                          </Link>
                        </td>
                        <td data-label="What changed" className="govuk-table__cell">
                          <ul className="pdt-change-list">
                            {changeInWords(c).map((w) => (
                              <li key={w}>{w}</li>
                            ))}
                          </ul>
                        </td>
                        <td data-label="Before" className="govuk-table__cell pdt-change-before">
                          {added ? 'Not in the plan' : <ChangeSide status={c.statusBefore} rag={c.ragBefore} reasons={c.ragReasonsBefore} />}
                        </td>
                        <td data-label="After" className="govuk-table__cell pdt-change-after">
                          {removed ? 'Not in the plan' : <ChangeSide status={c.statusAfter} rag={c.ragAfter} reasons={c.ragReasonsAfter} />}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableWrap>
          </>
        )}
      </section>
      <p className="govuk-body-s">
        Figures computed {relativeDays(r.asOf, p.today) === 'today' ? 'for today' : `as of ${formatDate(r.asOf)}`} in {p.timezone}.
      </p>
    </>
  );
}

/** One side of a change: status, RAG and the reasons behind the RAG in words. */
function ChangeSide({ status, rag, reasons }: { status: ActionStatus; rag?: Rag | null; reasons: readonly RagReason[] }) {
  return (
    <div>
      <StatusTag status={status} /> <RagTag rag={rag ?? null} />
      <span className="pdt-note">Reasons: {reasonsInWords(reasons, rag)}</span>
    </div>
  );
}
