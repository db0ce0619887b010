import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading, ProblemPanel, RagTag, StatusTag, TableWrap, usePageTitle } from '../components/ui';
import { formatDate, percent, PILLAR_LABEL } from '../lib/format';
import { DashboardQuery, ObjectiveActionsQuery } from '../lib/operations';
import { usePlanDates } from '../lib/plan-dates';

/** Drill-down, second step: an objective's figures (as of the dashboard's date) and its actions (as of today). */
export function ObjectivePage() {
  const { planId = '', objectiveId = '' } = useParams();
  const { context, plan, asOf, since, search } = usePlanDates(planId);
  const report = useQuery(DashboardQuery, { variables: { plan: planId, asOf: asOf!, since: since! }, skip: !asOf || !since });
  const actions = useQuery(ObjectiveActionsQuery, { variables: { plan: planId, objective: objectiveId } });
  const objective = plan?.strategy.objectives.find((o) => o.id === objectiveId) ?? null;
  usePageTitle(objective ? `${objective.code} ${objective.title}` : 'Objective');
  const error = context.error ?? report.error ?? actions.error;
  if (error && !(report.data && actions.data))
    return (
      <ProblemPanel
        error={error}
        onRetry={() => {
          void report.refetch();
          void actions.refetch();
        }}
      />
    );
  if (context.data && (!plan || !objective)) return <ProblemPanel code="NOT_FOUND" />;
  if (!plan || !objective || !report.data || !actions.data) return <Loading />;
  const r = report.data.boardReport;
  const rollUp = r.byObjective.find((o) => o.objective.id === objectiveId)?.rollUp;
  const pillarSlug = objective.pillar.toLowerCase();
  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to="/">
              Home
            </Link>
          </li>
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to={`/plans/${planId}${search}`}>
              {plan.title}
            </Link>
          </li>
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to={`/plans/${planId}/pillars/${pillarSlug}${search}`}>
              {PILLAR_LABEL[objective.pillar]}
            </Link>
          </li>
        </ol>
      </nav>
      <span className="govuk-caption-l">
        {PILLAR_LABEL[objective.pillar]} objective {objective.code}
      </span>
      <h1 className="govuk-heading-l">{objective.title}</h1>
      {rollUp ? (
        <p className="govuk-body-l">
          As of {formatDate(r.asOf)}: {rollUp.total} {rollUp.total === 1 ? 'action' : 'actions'}, {percent(rollUp.progress)} progress, {rollUp.overdue} overdue,{' '}
          {rollUp.completed} completed.
        </p>
      ) : null}
      <h2 className="govuk-heading-m">Actions ({actions.data.actions.totalCount})</h2>
      <p className="govuk-body">Status, progress and RAG of each action as of today ({formatDate(plan.partnership.today)}).</p>
      {actions.data.actions.edges.length === 0 ? (
        <p className="govuk-body">No action under this objective yet.</p>
      ) : (
        <TableWrap label="Actions of this objective">
          <table className="govuk-table pdt-stack">
            <caption className="govuk-table__caption govuk-visually-hidden">Actions of this objective, by ref</caption>
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
              {actions.data.actions.edges.map(({ node: a }) => (
                <tr className="govuk-table__row" key={a.id}>
                  <td data-label="Action" className="govuk-table__cell">
                    <Link className="govuk-link" to={`/actions/${a.id}`}>
                      <span className="pdt-nowrap">{a.ref}</span> {a.title}
                    </Link>
                  </td>
                  <td data-label="Lead agency" className="govuk-table__cell">
                    {a.leadAgency.name}
                  </td>
                  <td data-label="Due" className="govuk-table__cell pdt-nowrap">
                    {formatDate(a.dueDate)}
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
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
