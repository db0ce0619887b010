import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { Loading, ProblemPanel, RagTag, StatusTag, TableWrap, usePageTitle } from '../components/ui';
import { formatDate, percent } from '../lib/format';
import { MyActionsQuery } from '../lib/operations';

const FILTERS = [
  { key: '', label: 'All', filter: null },
  { key: 'overdue', label: 'Overdue', filter: { overdue: true } },
  { key: 'due-soon', label: 'Due soon', filter: { dueSoon: true } },
  { key: 'no-recent-update', label: 'No recent update', filter: { noRecentUpdate: true } },
] as const;

export function MyActionsPage() {
  const [params] = useSearchParams();
  const current = FILTERS.find((f) => f.key === (params.get('show') ?? '')) ?? FILTERS[0];
  const { data, error, refetch } = useQuery(MyActionsQuery, { variables: { filter: current.filter } });
  usePageTitle(current.key ? `My actions: ${current.label.toLowerCase()}` : 'My actions');
  if (error && !data) return <ProblemPanel error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading what="Loading your actions" />;
  const agency = data.me.agency;
  const rows = data.myActions;
  return (
    <>
      <span className="govuk-caption-l">{agency?.name ?? 'No agency'}</span>
      <h1 className="govuk-heading-l">My actions</h1>
      <p className="govuk-body">Actions {agency?.name ?? 'your agency'} leads or supports, those it leads first. Status, progress and RAG are as of today.</p>
      <nav aria-label="Show">
        <ul className="pdt-filters">
          {FILTERS.map((f) => (
            <li key={f.key}>
              <Link className="govuk-link" to={f.key ? `/my-actions?show=${f.key}` : '/my-actions'} aria-current={f.key === current.key ? 'page' : undefined}>
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="govuk-heading-m" id="count">
        {rows.length} {rows.length === 1 ? 'action' : 'actions'}
        {current.key ? `: ${current.label.toLowerCase()}` : ''}
      </h2>
      {!agency ? <p className="govuk-body">Your account has no agency, so no action is yours to report on.</p> : null}
      {rows.length === 0 && agency ? <p className="govuk-body">Nothing to show{current.key ? ` under ${current.label.toLowerCase()}` : ''}.</p> : null}
      {rows.length ? (
        <TableWrap label="My actions">
          <table className="govuk-table pdt-stack" id="my-actions">
            <caption className="govuk-table__caption govuk-visually-hidden">My actions, those led first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Action
                </th>
                <th scope="col" className="govuk-table__header">
                  Role
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
                <th scope="col" className="govuk-table__header">
                  Due
                </th>
                <th scope="col" className="govuk-table__header">
                  Last reported
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map(({ action: a, leads }) => (
                <tr className="govuk-table__row" key={a.id}>
                  <td data-label="Action" className="govuk-table__cell">
                    <Link className="govuk-link" to={`/actions/${a.id}`}>
                      <span className="pdt-nowrap">{a.ref}</span> {a.title}
                    </Link>
                    <br />
                    <span className="govuk-body-s">{a.deliveryPlan.partnership.name}</span>
                  </td>
                  <td data-label="Role" className="govuk-table__cell">
                    {leads ? 'Lead' : 'Support'}
                  </td>
                  <td data-label="Status" className="govuk-table__cell">
                    <StatusTag status={a.status} />
                  </td>
                  <td data-label="Progress" className="govuk-table__cell pdt-num">
                    {percent(a.progress)}
                  </td>
                  <td data-label="RAG" className="govuk-table__cell">
                    <RagTag rag={a.rag} />
                  </td>
                  <td data-label="Due" className="govuk-table__cell pdt-nowrap">
                    {formatDate(a.dueDate)}
                  </td>
                  <td data-label="Last reported" className="govuk-table__cell pdt-nowrap">
                    {a.lastReportedOn ? formatDate(a.lastReportedOn) : 'Never'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </>
  );
}
