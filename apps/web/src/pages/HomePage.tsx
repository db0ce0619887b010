import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Loading, ProblemPanel, usePageTitle } from '../components/ui';
import { formatDate } from '../lib/format';
import { HomeQuery, MeQuery } from '../lib/operations';

export function HomePage() {
  usePageTitle('Your partnerships');
  const { data, error, refetch } = useQuery(HomeQuery);
  const me = useQuery(MeQuery, { fetchPolicy: 'cache-first' }).data?.me;
  if (error && !data) return <ProblemPanel error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const roleIn = new Map(me?.memberships.map((m) => [m.partnership.id, m.role]) ?? []);
  const ROLE: Record<string, string> = { BOARD_MEMBER: 'Board member', COORDINATOR: 'Coordinator', PARTNER: 'Partner' };
  return (
    <>
      <h1 className="govuk-heading-l">Your partnerships</h1>
      {me ? (
        <p className="govuk-body-l">
          Signed in as {me.name}
          {me.agency ? ` (${me.agency.name})` : ''}.
        </p>
      ) : null}
      {me?.agency ? (
        <div className="govuk-inset-text">
          <Link className="govuk-link govuk-!-font-weight-bold" to="/my-actions">
            My actions
          </Link>
          : the actions {me.agency.name} leads or supports, and where progress is due.
        </div>
      ) : null}
      {data.partnerships.length === 0 ? (
        <p className="govuk-body">You are not a member of any partnership yet. Ask your partnership coordinator to add you.</p>
      ) : null}
      {data.partnerships.map((p) => (
        <section key={p.id} className="govuk-!-margin-bottom-8" aria-labelledby={`p-${p.id}`}>
          <h2 className="govuk-heading-m" id={`p-${p.id}`}>
            {p.name}
          </h2>
          {roleIn.get(p.id) ? <p className="govuk-body-s">Your role: {ROLE[roleIn.get(p.id)!]}</p> : null}
          {p.strategies.length === 0 ? <p className="govuk-body">No strategy yet.</p> : null}
          {p.strategies.map((s) => (
            <div key={s.id}>
              <h3 className="govuk-heading-s">
                {s.title}{' '}
                <span className="govuk-caption-m pdt-inline-caption">
                  {formatDate(s.startDate)} to {formatDate(s.endDate)}
                </span>
              </h3>
              {s.deliveryPlans.length === 0 ? (
                <p className="govuk-body">No delivery plan yet.</p>
              ) : (
                <ul className="govuk-list govuk-list--bullet">
                  {s.deliveryPlans.map((plan) => (
                    <li key={plan.id}>
                      <Link className="govuk-link" to={`/plans/${plan.id}`}>
                        {plan.title}: board dashboard
                      </Link>{' '}
                      ({formatDate(plan.startDate)} to {formatDate(plan.endDate)})
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
