import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary, Loading, ProblemPanel, usePageTitle, type FieldError } from '../components/ui';
import { describeError } from '../lib/apollo';
import { formatDate, STATUS_LABEL, type ActionStatus } from '../lib/format';
import { ActionQuery, ReportProgressMutation } from '../lib/operations';

const STATUSES: ActionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED'];
const RAGS = [
  { value: 'GREEN', label: 'Green: on track' },
  { value: 'AMBER', label: 'Amber: at risk' },
  { value: 'RED', label: 'Red: off track or blocked' },
  { value: '', label: 'No rating' },
] as const;

/** Field ids of the form, by the last segment of the server's field path (`input.narrative`). */
const FIELD_IDS: Record<string, string> = {
  status: 'status',
  percentComplete: 'percentComplete',
  rag: 'rag',
  narrative: 'narrative',
  reportedOn: 'reportedOn',
};

const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  percentComplete: 'Percent complete',
  rag: 'Your RAG rating',
  narrative: 'What has happened since the last return',
  reportedOn: 'Date reported',
};

/**
 * The server's field messages, shown against the fields they name. A message that starts with the
 * API's field name gets the form's label instead ("percentComplete must…" → "Percent complete must…").
 */
export function serverFieldErrors(fields: { path: string; message: string }[]): FieldError[] {
  return fields.map((f) => {
    const last = f.path.split('.').pop() ?? '';
    let message = f.message;
    if (/must be longer than or equal to 1 characters|should not be empty|must not be blank/i.test(message) && last === 'narrative') {
      message = 'Enter what has happened since the last return';
    } else if (FIELD_LABELS[last] && message.startsWith(last)) {
      message = FIELD_LABELS[last] + message.slice(last.length);
    }
    return { id: FIELD_IDS[last] ?? '', message };
  });
}

export function ReportProgressPage() {
  const { actionId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(ActionQuery, { variables: { id: actionId }, fetchPolicy: 'cache-first' });
  const [report, { loading: saving }] = useMutation(ReportProgressMutation);
  const a = data?.action;
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const [percent, setPercent] = useState('');
  const [rag, setRag] = useState('');
  const [narrative, setNarrative] = useState('');
  const [reportedOn, setReportedOn] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [ready, setReady] = useState(false);
  usePageTitle(a ? `Report progress: ${a.ref} ${a.title}` : 'Report progress', errors.length > 0);

  // Start from the action's current state and today's date (in the partnership's timezone).
  useEffect(() => {
    if (!a || ready) return;
    setStatus(a.status === 'NOT_STARTED' ? 'IN_PROGRESS' : a.status);
    setPercent(String(Math.round(a.progress)));
    setReportedOn(a.deliveryPlan.partnership.today);
    setReady(true);
  }, [a, ready]);

  if (error && !data) return <ProblemPanel error={error} onRetry={() => void refetch()} />;
  if (data && !a) return <ProblemPanel code="NOT_FOUND" />;
  if (!a) return <Loading />;
  const today = a.deliveryPlan.partnership.today;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldError[] = [];
    if (!status) local.push({ id: 'status', message: 'Select the status of the action' });
    const pct = percent.trim() === '' ? NaN : Number(percent.trim().replace(/%$/, ''));
    if (!Number.isInteger(pct)) local.push({ id: 'percentComplete', message: 'Enter percent complete as a whole number from 0 to 100' });
    if (local.length) return setErrors(local);
    try {
      await report({
        variables: {
          input: {
            actionId: a.id,
            status: status as ActionStatus,
            percentComplete: pct,
            rag: rag ? (rag as 'RED' | 'AMBER' | 'GREEN') : null,
            narrative,
            reportedOn: reportedOn || null,
          },
        },
        refetchQueries: [{ query: ActionQuery, variables: { id: a.id } }],
        awaitRefetchQueries: true,
      });
      void navigate(`/actions/${a.id}`, { state: { flash: `Progress reported for ${formatDate(reportedOn || today)}` } });
    } catch (e) {
      const p = describeError(e);
      if (p.code === 'BAD_USER_INPUT' && p.fields.length) setErrors(serverFieldErrors(p.fields));
      else if (p.code === 'FORBIDDEN')
        setErrors([{ id: '', message: `You cannot report progress on this action: only its lead and supporting agencies (and coordinators) can. ${p.message}` }]);
      else if (p.kind === 'network')
        setErrors([{ id: '', message: 'Your progress return was not saved: the service could not be reached. Check your connection and try again.' }]);
      else
        setErrors([
          {
            id: '',
            message: `Your progress return was not saved: ${p.kind === 'server' || p.code === 'INTERNAL' ? 'there is a problem with the service. Try again later.' : p.message}`,
          },
        ]);
    }
  };

  const err = (id: string) => errors.find((e) => e.id === id);
  const group = (id: string) => `govuk-form-group${err(id) ? ' govuk-form-group--error' : ''}`;
  const message = (id: string) =>
    err(id) ? (
      <p className="govuk-error-message" id={`${id}-error`}>
        <span className="govuk-visually-hidden">Error:</span> {err(id)!.message}
      </p>
    ) : null;
  const described = (id: string, hint?: string) => [hint, err(id) ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

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
        <h1 className="govuk-heading-l">Report progress</h1>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className={group('status')}>
            <fieldset className="govuk-fieldset" aria-describedby={described('status')}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Status</legend>
              {message('status')}
              <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
                {STATUSES.map((s, i) => (
                  <div className="govuk-radios__item" key={s}>
                    <input
                      className="govuk-radios__input"
                      id={i === 0 ? 'status' : `status-${s}`}
                      name="status"
                      type="radio"
                      value={s}
                      checked={status === s}
                      onChange={() => setStatus(s)}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={i === 0 ? 'status' : `status-${s}`}>
                      {STATUS_LABEL[s]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>

          <div className={group('percentComplete')}>
            <label className="govuk-label govuk-label--m" htmlFor="percentComplete">
              Percent complete
            </label>
            <div id="percentComplete-hint" className="govuk-hint">
              A whole number from 0 to 100; 100 when completed.
            </div>
            {message('percentComplete')}
            <div className="govuk-input__wrapper">
              <input
                className={`govuk-input govuk-input--width-3${err('percentComplete') ? ' govuk-input--error' : ''}`}
                id="percentComplete"
                name="percentComplete"
                type="text"
                inputMode="numeric"
                spellCheck={false}
                value={percent}
                aria-describedby={described('percentComplete', 'percentComplete-hint')}
                onChange={(e) => setPercent(e.target.value)}
              />
              <div className="govuk-input__suffix" aria-hidden="true">
                %
              </div>
            </div>
          </div>

          <div className={group('rag')}>
            <fieldset className="govuk-fieldset" aria-describedby={described('rag', 'rag-hint')}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Your RAG rating</legend>
              <div id="rag-hint" className="govuk-hint">
                How your agency rates the action. The tracker also works out its own RAG from dates and updates.
              </div>
              {message('rag')}
              <div className="govuk-radios govuk-radios--small">
                {RAGS.map((r, i) => (
                  <div className="govuk-radios__item" key={r.value || 'none'}>
                    <input
                      className="govuk-radios__input"
                      id={i === 0 ? 'rag' : `rag-${r.value || 'none'}`}
                      name="rag"
                      type="radio"
                      value={r.value}
                      checked={rag === r.value}
                      onChange={() => setRag(r.value)}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={i === 0 ? 'rag' : `rag-${r.value || 'none'}`}>
                      {r.label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>

          <div className={group('narrative')}>
            <label className="govuk-label govuk-label--m" htmlFor="narrative">
              What has happened since the last return
            </label>
            <div id="narrative-hint" className="govuk-hint">
              What was done, what is next, and anything blocking progress.
            </div>
            {message('narrative')}
            <textarea
              className={`govuk-textarea${err('narrative') ? ' govuk-textarea--error' : ''}`}
              id="narrative"
              name="narrative"
              rows={6}
              value={narrative}
              aria-describedby={described('narrative', 'narrative-hint')}
              onChange={(e) => setNarrative(e.target.value)}
            />
          </div>

          <div className={group('reportedOn')}>
            <label className="govuk-label govuk-label--m" htmlFor="reportedOn">
              Date reported
            </label>
            <div id="reportedOn-hint" className="govuk-hint">
              The date this return speaks for: today ({formatDate(today)}) or earlier, never in the future.
            </div>
            {message('reportedOn')}
            <input
              className={`govuk-input govuk-input--width-10${err('reportedOn') ? ' govuk-input--error' : ''}`}
              id="reportedOn"
              name="reportedOn"
              type="date"
              max={today}
              value={reportedOn}
              aria-describedby={described('reportedOn', 'reportedOn-hint')}
              onChange={(e) => setReportedOn(e.target.value)}
            />
          </div>

          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={saving} aria-disabled={saving}>
              Save progress return
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
