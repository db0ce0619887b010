import { Link } from 'react-router';
import { days, dueDateNote, dueDateSentence, formatDate, percent, reasonSentence, relativeDays, type ActionStatus, type Rag, type RagReason } from '../lib/format';
import { RagTag, StatusTag, TableWrap } from './ui';

export interface ReportRow {
  ref: string;
  title: string;
  dueDate: string;
  daysOverdue: number;
  status: ActionStatus;
  progress: number;
  rag: Rag | null;
  ragReasons: RagReason[];
  leadAgency: { name: string };
  action: { id: string; lastReportedOn?: string | null };
  /** Re-baselining: the due date before any move in effect by the report's date, and the moves. */
  originalDueDate?: string;
  dueDateRevisions?: { effectiveFrom: string }[];
}

/** "Due 31 January 2027 (originally 30 September 2026, moved on 1 November 2026)" under a re-baselined action. */
function MovedDue({ row }: { row: ReportRow }) {
  if (!row.dueDateRevisions?.length) return null;
  const s = dueDateSentence(row.dueDate, row.originalDueDate, row.dueDateRevisions);
  return <span className="pdt-due-moved">{s.charAt(0).toUpperCase() + s.slice(1)}</span>;
}

function ActionLink({ row }: { row: Pick<ReportRow, 'ref' | 'title' | 'action'> }) {
  return (
    <Link className="govuk-link" to={`/actions/${row.action.id}`}>
      <span className="pdt-nowrap">{row.ref}</span> {row.title}
    </Link>
  );
}

export function OverdueTable({
  rows,
  asOf,
  caption,
  milestonesByAction,
  lastReportedKnown,
  staleAfterDays,
}: {
  rows: ReportRow[];
  asOf: string;
  caption: string;
  milestonesByAction: Map<string, { title: string; dueDate: string }[]>;
  lastReportedKnown: boolean;
  staleAfterDays: number;
}) {
  if (!rows.length) return <p className="govuk-body">No action is overdue as of {formatDate(asOf)}.</p>;
  return (
    <TableWrap label={caption}>
      <table className="govuk-table pdt-stack">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Lead agency
            </th>
            <th scope="col" className="govuk-table__header pdt-num">
              Days overdue
            </th>
            <th scope="col" className="govuk-table__header">
              RAG
            </th>
            <th scope="col" className="govuk-table__header">
              Why
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr className="govuk-table__row" key={r.action.id}>
              <td data-label="Action" className="govuk-table__cell">
                <ActionLink row={r} />
                <MovedDue row={r} />
              </td>
              <td data-label="Lead agency" className="govuk-table__cell">
                {r.leadAgency.name}
              </td>
              <td data-label="Days overdue" className="govuk-table__cell pdt-num">
                {r.daysOverdue}
              </td>
              <td data-label="RAG" className="govuk-table__cell">
                <RagTag rag={r.rag} />
              </td>
              <td data-label="Why" className="govuk-table__cell">
                <ul className="govuk-list pdt-reasons">
                  {r.ragReasons.map((reason) => (
                    <li key={reason}>
                      {reasonSentence(reason, {
                        asOf,
                        dueDate: r.dueDate,
                        lastReportedOn: lastReportedKnown ? r.action.lastReportedOn : undefined,
                        staleAfterDays,
                        overdueMilestones: milestonesByAction.get(r.action.id),
                      })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function DueSoonTable({ rows, asOf, caption }: { rows: ReportRow[]; asOf: string; caption: string }) {
  if (!rows.length) return <p className="govuk-body">No open action is due soon.</p>;
  return (
    <TableWrap label={caption}>
      <table className="govuk-table pdt-stack">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Lead agency
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header pdt-num">
              Progress
            </th>
            <th scope="col" className="govuk-table__header">
              RAG
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr className="govuk-table__row" key={r.action.id}>
              <td data-label="Action" className="govuk-table__cell">
                <ActionLink row={r} />
              </td>
              <td data-label="Lead agency" className="govuk-table__cell">
                {r.leadAgency.name}
              </td>
              <td data-label="Due" className="govuk-table__cell">
                <span>
                  <span className="pdt-nowrap">{formatDate(r.dueDate)}</span> ({relativeDays(r.dueDate, asOf)})
                  {r.dueDateRevisions?.length ? (
                    <span className="pdt-due-moved">{dueDateNote(r.dueDate, r.originalDueDate, r.dueDateRevisions).replace(/^\((.*)\)$/, '$1')}</span>
                  ) : null}
                </span>
              </td>
              <td data-label="Status" className="govuk-table__cell">
                <StatusTag status={r.status} />
              </td>
              <td data-label="Progress" className="govuk-table__cell pdt-num">
                {percent(r.progress)}
              </td>
              <td data-label="RAG" className="govuk-table__cell">
                <RagTag rag={r.rag} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function StaleTable({
  rows,
  asOf,
  caption,
  staleAfterDays,
  lastReportedKnown,
}: {
  rows: ReportRow[];
  asOf: string;
  caption: string;
  staleAfterDays: number;
  lastReportedKnown: boolean;
}) {
  if (!rows.length) return <p className="govuk-body">Every open action has an update in the last {days(staleAfterDays)}.</p>;
  return (
    <TableWrap label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Lead agency
            </th>
            {lastReportedKnown ? (
              <th scope="col" className="govuk-table__header">
                Last reported
              </th>
            ) : null}
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              RAG
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr className="govuk-table__row" key={r.action.id}>
              <td className="govuk-table__cell">
                <ActionLink row={r} />
                <MovedDue row={r} />
              </td>
              <td className="govuk-table__cell">{r.leadAgency.name}</td>
              {lastReportedKnown ? (
                <td className="govuk-table__cell">
                  {r.action.lastReportedOn ? `${formatDate(r.action.lastReportedOn)} (${relativeDays(r.action.lastReportedOn, asOf)})` : 'Never'}
                </td>
              ) : null}
              <td className="govuk-table__cell">
                <StatusTag status={r.status} />
              </td>
              <td className="govuk-table__cell">
                <RagTag rag={r.rag} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export interface RollUpView {
  total: number;
  completed: number;
  overdue: number;
  dueSoon: number;
  stale: number;
  progress: number;
  byRag: { red: number; amber: number; green: number; blue: number };
}

/** A roll-up table: one row per group (objective, agency, pillar). */
export function RollUpTable({
  caption,
  groupHeader,
  rows,
}: {
  caption: string;
  groupHeader: string;
  rows: { key: string; label: React.ReactNode; rollUp: RollUpView }[];
}) {
  return (
    <TableWrap label={caption}>
      <table className="govuk-table pdt-stack">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {groupHeader}
            </th>
            <th scope="col" className="govuk-table__header pdt-num">
              Actions
            </th>
            <th scope="col" className="govuk-table__header pdt-num">
              Progress
            </th>
            <th scope="col" className="govuk-table__header pdt-num">
              Completed
            </th>
            <th scope="col" className="govuk-table__header pdt-num">
              Overdue
            </th>
            <th scope="col" className="govuk-table__header pdt-num">
              Due soon
            </th>
            <th scope="col" className="govuk-table__header pdt-num">
              No recent update
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr className="govuk-table__row" key={r.key}>
              <th scope="row" className="govuk-table__header">
                {r.label}
              </th>
              <td data-label="Actions" className="govuk-table__cell pdt-num">
                {r.rollUp.total}
              </td>
              <td data-label="Progress" className="govuk-table__cell pdt-num">
                {percent(r.rollUp.progress)}
              </td>
              <td data-label="Completed" className="govuk-table__cell pdt-num">
                {r.rollUp.completed}
              </td>
              <td data-label="Overdue" className="govuk-table__cell pdt-num">
                {r.rollUp.overdue}
              </td>
              <td data-label="Due soon" className="govuk-table__cell pdt-num">
                {r.rollUp.dueSoon}
              </td>
              <td data-label="No recent update" className="govuk-table__cell pdt-num">
                {r.rollUp.stale}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
