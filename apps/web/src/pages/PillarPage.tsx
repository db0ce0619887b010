import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { OverdueTable, RollUpTable } from '../components/ActionTables';
import { Loading, ProblemPanel, RagTag, usePageTitle } from '../components/ui';
import { formatDate, percent, PILLAR_LABEL, pillarFromSlug } from '../lib/format';
import { DashboardQuery } from '../lib/operations';
import { usePlanDates } from '../lib/plan-dates';

/** Drill-down, first step: one P, its objectives and its overdue actions, as of the dashboard's dates. */
export function PillarPage() {
  const { planId = '', pillar: slug } = useParams();
  const pillar = pillarFromSlug(slug);
  const { context, plan, asOf, since, search } = usePlanDates(planId);
  const report = useQuery(DashboardQuery, { variables: { plan: planId, asOf: asOf!, since: since! }, skip: !asOf || !since });
  usePageTitle(pillar ? `${PILLAR_LABEL[pillar]}: ${plan?.title ?? 'delivery plan'}` : 'Page not found');
  if (!pillar) return <ProblemPanel code="NOT_FOUND" />;
  const error = context.error ?? report.error;
  if (error && !report.data) return <ProblemPanel error={error} onRetry={() => void report.refetch()} />;
  if (context.data && !plan) return <ProblemPanel code="NOT_FOUND" />;
  if (!plan || !report.data) return <Loading />;
  const r = report.data.boardReport;
  const rollUp = r.byPillar.find((b) => b.pillar === pillar)!.rollUp;
  const objectives = r.byObjective.filter((o) => o.objective.pillar === pillar);
  const overdue = r.overdueActions.filter((a) => a.pillar === pillar);
  const milestonesByAction = new Map<string, { title: string; dueDate: string }[]>();
  for (const m of r.overdueMilestones)
    milestonesByAction.set(m.action.id, [...(milestonesByAction.get(m.action.id) ?? []), { title: m.milestone.title, dueDate: m.dueDate }]);
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
        </ol>
      </nav>
      <span className="govuk-caption-l">{plan.title}</span>
      <h1 className="govuk-heading-l">{PILLAR_LABEL[pillar]}</h1>
      <p className="govuk-body-l">Figures as of {formatDate(r.asOf)}.</p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Actions</dt>
          <dd className="govuk-summary-list__value">{rollUp.total}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Progress</dt>
          <dd className="govuk-summary-list__value">{percent(rollUp.progress)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">By RAG</dt>
          <dd className="govuk-summary-list__value">
            <RagTag rag="RED" /> {rollUp.byRag.red} <RagTag rag="AMBER" /> {rollUp.byRag.amber} <RagTag rag="GREEN" /> {rollUp.byRag.green} <RagTag rag="BLUE" />{' '}
            {rollUp.byRag.blue}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Overdue</dt>
          <dd className="govuk-summary-list__value">{rollUp.overdue}</dd>
        </div>
      </dl>
      <h2 className="govuk-heading-m">Objectives</h2>
      {objectives.length === 0 ? (
        <p className="govuk-body">This plan's strategy has no objective under {PILLAR_LABEL[pillar]}.</p>
      ) : (
        <RollUpTable
          caption={`Objectives under ${PILLAR_LABEL[pillar]}`}
          groupHeader="Objective"
          rows={objectives.map((o) => ({
            key: o.objective.id,
            label: (
              <Link className="govuk-link" to={`/plans/${planId}/objectives/${o.objective.id}${search}`}>
                {o.objective.code} {o.objective.title}
              </Link>
            ),
            rollUp: o.rollUp,
          }))}
        />
      )}
      <h2 className="govuk-heading-m">
        Overdue actions under {PILLAR_LABEL[pillar]} ({overdue.length})
      </h2>
      <OverdueTable
        rows={overdue}
        asOf={r.asOf}
        caption={`Overdue actions under ${PILLAR_LABEL[pillar]}`}
        milestonesByAction={milestonesByAction}
        lastReportedKnown={false}
        staleAfterDays={r.staleAfterDays}
      />
    </>
  );
}
