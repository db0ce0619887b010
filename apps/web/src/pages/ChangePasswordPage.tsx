import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, SuccessBanner, usePageTitle, type FieldError } from '../components/ui';
import { describeError } from '../lib/apollo';
import { ChangePasswordMutation } from '../lib/operations';

const LABELS: Record<string, string> = { currentPassword: 'Current password', newPassword: 'New password', confirm: 'Confirm new password' };

export function ChangePasswordPage() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState(false);
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  usePageTitle('Change your password', errors.length > 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const local: FieldError[] = [];
    if (!current) local.push({ id: 'currentPassword', message: 'Enter your current password' });
    if (!next) local.push({ id: 'newPassword', message: 'Enter a new password' });
    else if (next !== confirm) local.push({ id: 'confirm', message: 'The new passwords do not match: type the same new password twice' });
    if (local.length) return setErrors(local);
    try {
      await change({ variables: { currentPassword: current, newPassword: next } });
      setErrors([]);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (err) {
      const p = describeError(err);
      if (p.fields.length) {
        setErrors(
          p.fields.map((f) => {
            const last = f.path.split('.').pop() ?? '';
            const id = LABELS[last] ? last : '';
            return { id, message: id && f.message.startsWith(last) ? LABELS[last] + f.message.slice(last.length) : f.message };
          }),
        );
      } else {
        setErrors([
          {
            id: '',
            message:
              p.kind === 'network' ? 'Your password was not changed: the service could not be reached. Try again.' : `Your password was not changed: ${p.message}`,
          },
        ]);
      }
    }
  };

  const field = (id: 'currentPassword' | 'newPassword' | 'confirm', value: string, set: (v: string) => void, autoComplete: string, hint?: string) => {
    const err = errors.find((x) => x.id === id);
    return (
      <div className={`govuk-form-group${err ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={id}>
          {LABELS[id]}
        </label>
        {hint ? (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {err ? (
          <p className="govuk-error-message" id={`${id}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {err.message}
          </p>
        ) : null}
        <input
          className={`govuk-input govuk-!-width-two-thirds${err ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type="password"
          autoComplete={autoComplete}
          value={value}
          aria-describedby={[hint ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          onChange={(e) => set(e.target.value)}
        />
      </div>
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {done ? (
          <SuccessBanner title="Success">
            <p className="govuk-notification-banner__heading">Your password has been changed. Your other sessions have ended.</p>
          </SuccessBanner>
        ) : null}
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Change your password</h1>
        <form onSubmit={(e) => void submit(e)} noValidate>
          {field('currentPassword', current, setCurrent, 'current-password')}
          {field('newPassword', next, setNext, 'new-password', 'At least 10 characters, different from your current password.')}
          {field('confirm', confirm, setConfirm, 'new-password')}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={loading}>
              Change password
            </button>
            <Link className="govuk-link" to="/">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
