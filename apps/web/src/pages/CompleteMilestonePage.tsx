import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary, Loading, ProblemPanel, usePageTitle, type FieldError } from '../components/ui';
import { describeError } from '../lib/apollo';
import { formatDate } from '../lib/format';
import { ActionQuery, CompleteMilestoneMutation } from '../lib/operations';

export function CompleteMilestonePage() {
  const { actionId = '', milestoneId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(ActionQuery, { variables: { id: actionId }, fetchPolicy: 'cache-first' });
  const [complete, { loading }] = useMutation(CompleteMilestoneMutation);
  const [completedOn, setCompletedOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const a = data?.action;
  const m = a?.milestones.find((x) => x.id === milestoneId);
  usePageTitle(m ? `Mark milestone complete: ${m.title}` : 'Mark milestone complete', errors.length > 0);
  useEffect(() => {
    if (a && !completedOn) setCompletedOn(a.deliveryPlan.partnership.today);
  }, [a, completedOn]);
  if (error && !data) return <ProblemPanel error={error} onRetry={() => void refetch()} />;
  if (data && (!a || !m)) return <ProblemPanel code="NOT_FOUND" />;
  if (!a || !m) return <Loading />;
  const today = a.deliveryPlan.partnership.today;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await complete({
        variables: { id: m.id, completedOn: completedOn || null },
        refetchQueries: [{ query: ActionQuery, variables: { id: a.id } }],
        awaitRefetchQueries: true,
      });
      void navigate(`/actions/${a.id}`, { state: { flash: `Milestone "${m.title}" marked complete on ${formatDate(completedOn || today)}` } });
    } catch (err) {
      const p = describeError(err);
      if (p.fields.length) setErrors(p.fields.map((f) => ({ id: f.path.endsWith('completedOn') ? 'completedOn' : '', message: f.message })));
      else if (p.code === 'FORBIDDEN')
        setErrors([
          { id: '', message: `You cannot complete milestones of this action: only its lead and supporting agencies (and coordinators) can. ${p.message}` },
        ]);
      else setErrors([{ id: '', message: p.kind === 'network' ? 'Not saved: the service could not be reached. Try again.' : `Not saved: ${p.message}` }]);
    }
  };
  const err = errors.find((x) => x.id === 'completedOn');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/actions/${a.id}`}>
          Back to the action
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">
          Action {a.ref}: {a.title}
        </span>
        <h1 className="govuk-heading-l">Mark milestone complete</h1>
        <p className="govuk-body">
          Milestone: <strong>{m.title}</strong>, due {formatDate(m.dueDate)}.
        </p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className={`govuk-form-group${err ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--m" htmlFor="completedOn">
              Date completed
            </label>
            <div className="govuk-hint" id="completedOn-hint">
              Today ({formatDate(today)}) or earlier.
            </div>
            {err ? (
              <p className="govuk-error-message" id="completedOn-error">
                <span className="govuk-visually-hidden">Error:</span> {err.message}
              </p>
            ) : null}
            <input
              className={`govuk-input govuk-input--width-10${err ? ' govuk-input--error' : ''}`}
              type="date"
              id="completedOn"
              name="completedOn"
              max={today}
              value={completedOn}
              aria-describedby={`completedOn-hint${err ? ' completedOn-error' : ''}`}
              onChange={(e) => setCompletedOn(e.target.value)}
            />
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={loading}>
              Mark complete
            </button>
            <Link className="govuk-link" to={`/actions/${a.id}`}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
