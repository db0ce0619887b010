import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { Loading, ProblemPanel, RagTag, StatusTag, SuccessBanner, TableWrap, usePageTitle } from '../components/ui';
import {
  dueDateNote,
  formatDate,
  formatDateTime,
  percent,
  revisionSentence,
  PILLAR_LABEL,
  RAG_LABEL,
  RAG_MEANING,
  reasonSentence,
  relativeDays,
  STATUS_LABEL,
} from '../lib/format';
import { ActionQuery } from '../lib/operations';

export function ActionPage() {
  const { actionId = '' } = useParams();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const { data, error, refetch } = useQuery(ActionQuery, { variables: { id: actionId } });
  const a = data?.action;
  usePageTitle(a ? `${a.ref} ${a.title}` : 'Action');
  if (error && !data) return <ProblemPanel error={error} onRetry={() => void refetch()} />;
  if (data && !a) return <ProblemPanel code="NOT_FOUND" />;
  if (!a) return <Loading what="Loading the action" />;
  const p = a.deliveryPlan.partnership;
  const today = p.today;
  const overdueMilestones = a.milestones
    .filter((m) => m.overdue)
    .sort((x, y) => (x.dueDate < y.dueDate ? -1 : 1))
    .map((m) => ({ title: m.title, dueDate: m.dueDate }));
  const when = a.overdue || a.dueDate >= today ? relativeDays(a.dueDate, today) : 'past';
  const note = dueDateNote(a.dueDate, a.originalDueDate, a.dueDateRevisions);
  const dueText = note ? `${formatDate(a.dueDate)} ${note}, ${when}` : `${formatDate(a.dueDate)} (${when})`;
  const plan = a.deliveryPlan;
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
            <Link className="govuk-breadcrumbs__link" to={`/plans/${plan.id}`}>
              {plan.title}
            </Link>
          </li>
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to={`/plans/${plan.id}/pillars/${a.pillar.toLowerCase()}`}>
              {PILLAR_LABEL[a.pillar]}
            </Link>
          </li>
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" to={`/plans/${plan.id}/objectives/${a.objective.id}`}>
              {a.objective.code}
            </Link>
          </li>
        </ol>
      </nav>
      {flash ? (
        <SuccessBanner title="Success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </SuccessBanner>
      ) : null}
      <span className="govuk-caption-l">Action {a.ref}</span>
      <h1 className="govuk-heading-l">{a.title}</h1>
      <p className="govuk-body pdt-actions-bar">
        <StatusTag status={a.status} /> <RagTag rag={a.rag} /> <span>{percent(a.progress)} complete</span>
      </p>
      {a.canReportProgress ? (
        <p className="govuk-body pdt-no-print">
          <Link className="govuk-button" to={`/actions/${a.id}/report`} role="button" draggable="false">
            Report progress
          </Link>
        </p>
      ) : null}
      {a.ragReasons.length ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Why it is {a.rag ? RAG_LABEL[a.rag].toLowerCase() : 'flagged'}:
            <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2 govuk-!-margin-bottom-0" id="rag-reasons">
              {a.ragReasons.map((reason) => (
                <li key={reason}>
                  {reasonSentence(reason, {
                    asOf: today,
                    dueDate: a.dueDate,
                    lastReportedOn: a.lastReportedOn,
                    staleAfterDays: p.staleAfterDays,
                    overdueMilestones,
                  })}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}

      <h2 className="govuk-heading-m">Details</h2>
      <dl className="govuk-summary-list" id="action-details">
        {(
          [
            ['Objective', `${a.objective.code} ${a.objective.title}`],
            ['P', PILLAR_LABEL[a.pillar]],
            ['Lead agency', a.leadAgency.name],
            ['Supporting agencies', a.supportingAgencies.length ? a.supportingAgencies.map((s) => s.name).join(', ') : 'None'],
            ['Lead officer', a.leadOfficer?.name ?? 'Not named'],
            ['Start date', a.startDate ? formatDate(a.startDate) : 'Not set'],
            ['Due date', dueText],
            ['Status', STATUS_LABEL[a.status]],
            ['Progress', percent(a.progress)],
            ['RAG', a.rag ? `${RAG_LABEL[a.rag]}: ${RAG_MEANING[a.rag]}` : 'None (cancelled)'],
            ['Last reported', a.lastReportedOn ? `${formatDate(a.lastReportedOn)} (${relativeDays(a.lastReportedOn, today)})` : 'Never'],
            ...(a.successMeasure ? [['Success measure', a.successMeasure]] : []),
            ...(a.description ? [['Description', a.description]] : []),
          ] as [string, string][]
        ).map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>

      {a.dueDateRevisions.length ? (
        <>
          <h2 className="govuk-heading-m" id="due-date-moves">
            Due date moves ({a.dueDateRevisions.length})
          </h2>
          <p className="govuk-body">Originally due {formatDate(a.originalDueDate)}. Reports as of a date before a move keep the due date in force then.</p>
          <ol className="govuk-list govuk-list--number" id="due-date-revisions" aria-labelledby="due-date-moves">
            {a.dueDateRevisions.map((r, i) => (
              <li key={i}>{revisionSentence(r, p.timezone)}</li>
            ))}
          </ol>
        </>
      ) : null}

      <h2 className="govuk-heading-m">Milestones ({a.milestones.length})</h2>
      {a.milestones.length === 0 ? (
        <p className="govuk-body">This action has no milestones.</p>
      ) : (
        <TableWrap label="Milestones">
          <table className="govuk-table" id="milestones">
            <caption className="govuk-table__caption govuk-visually-hidden">Milestones of this action</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Milestone
                </th>
                <th scope="col" className="govuk-table__header">
                  Due
                </th>
                <th scope="col" className="govuk-table__header">
                  Done
                </th>
                {a.canReportProgress ? (
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {a.milestones.map((m) => (
                <tr className="govuk-table__row" key={m.id}>
                  <td className="govuk-table__cell">{m.title}</td>
                  <td className="govuk-table__cell pdt-nowrap">{formatDate(m.dueDate)}</td>
                  <td className="govuk-table__cell">
                    {m.completedOn ? (
                      `Completed ${formatDate(m.completedOn)}`
                    ) : m.overdue ? (
                      <strong>Overdue by {relativeDays(m.dueDate, today).replace(' ago', '')}</strong>
                    ) : (
                      'Not yet'
                    )}
                  </td>
                  {a.canReportProgress ? (
                    <td className="govuk-table__cell">
                      {m.completedOn || a.status === 'CANCELLED' ? null : (
                        <Link className="govuk-link" to={`/actions/${a.id}/milestones/${m.id}/complete`}>
                          Mark complete<span className="govuk-visually-hidden">: {m.title}</span>
                        </Link>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}

      <h2 className="govuk-heading-m">Progress returns ({a.updates.length})</h2>
      {a.updates.length === 0 ? (
        <p className="govuk-body">No progress has been reported yet.</p>
      ) : (
        <ol className="pdt-history" id="history" aria-label="Progress returns, newest first">
          {a.updates.map((u) => (
            <li className="pdt-history__item" key={u.id}>
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                {formatDate(u.reportedOn)}: {STATUS_LABEL[u.status]}, {u.percentComplete}%
                {u.rag ? (
                  <>
                    {' '}
                    <RagTag rag={u.rag} />
                  </>
                ) : null}
              </h3>
              <p className="govuk-body pdt-history__narrative">{u.narrative}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-0">
                By {u.author.name}
                {u.agency ? `, ${u.agency.name}` : ''}. Recorded {formatDateTime(u.createdAt, p.timezone)}.
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
