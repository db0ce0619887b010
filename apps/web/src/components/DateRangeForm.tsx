import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { isCalendarDate } from '../lib/dates';
import { ErrorSummary, type FieldError } from './ui';

/** Chooses the report's as-of and since dates; they go into the URL (a new history entry). */
export function DateRangeForm({ asOf, since }: { asOf: string; since: string }) {
  const [params, setParams] = useSearchParams();
  const [a, setA] = useState(asOf);
  const [s, setS] = useState(since);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    if (!isCalendarDate(a)) problems.push({ id: 'asOf', message: 'Enter the date the figures are as of, for example 30 September 2026' });
    if (!isCalendarDate(s)) problems.push({ id: 'since', message: 'Enter the date to show changes since, for example 30 June 2026' });
    if (!problems.length && s >= a) problems.push({ id: 'since', message: 'The changes since date must be before the as of date' });
    setErrors(problems);
    if (problems.length) return;
    const next = new URLSearchParams(params);
    next.set('asOf', a);
    next.set('since', s);
    setParams(next);
  };
  const err = (id: string) => errors.find((e) => e.id === id);
  return (
    <form onSubmit={submit} noValidate className="pdt-no-print">
      <ErrorSummary errors={errors} />
      <div className="pdt-dates">
        {(['asOf', 'since'] as const).map((id) => (
          <div key={id} className={`govuk-form-group${err(id) ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor={id}>
              {id === 'asOf' ? 'Figures as of' : 'Changes since'}
            </label>
            {err(id) ? (
              <p className="govuk-error-message" id={`${id}-error`}>
                <span className="govuk-visually-hidden">Error:</span> {err(id)!.message}
              </p>
            ) : null}
            <input
              className={`govuk-input govuk-input--width-10${err(id) ? ' govuk-input--error' : ''}`}
              type="date"
              id={id}
              name={id}
              value={id === 'asOf' ? a : s}
              aria-describedby={err(id) ? `${id}-error` : undefined}
              onChange={(e) => (id === 'asOf' ? setA(e.target.value) : setS(e.target.value))}
            />
          </div>
        ))}
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show figures
        </button>
      </div>
    </form>
  );
}
