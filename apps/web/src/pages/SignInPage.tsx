import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary, usePageTitle, type FieldError } from '../components/ui';
import { signIn } from '../lib/session';

/** Only a path of this site: never send someone elsewhere after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  usePageTitle('Sign in', errors.length > 0);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldError[] = [];
    if (!email.trim()) local.push({ id: 'email', message: 'Enter your email address' });
    if (!password) local.push({ id: 'password', message: 'Enter your password' });
    if (local.length) return setErrors(local);
    setBusy(true);
    const result = await signIn(email, password);
    setBusy(false);
    if (result.ok) {
      await client.clearStore();
      void navigate(safeNext(params.get('next')), { replace: true });
      return;
    }
    if (result.code === 'TOO_MANY_REQUESTS') {
      setErrors([{ id: 'email', message: `Too many failed attempts to sign in. ${result.message}` }]);
    } else if (result.code === 'UNAUTHENTICATED') {
      setErrors([{ id: 'email', message: 'Enter the email address and password of your account: they do not match an account' }]);
    } else if (result.fields.length) {
      setErrors(result.fields.map((f) => ({ id: f.path === 'password' ? 'password' : 'email', message: f.message })));
    } else {
      setErrors([{ id: '', message: result.message }]);
    }
    setPassword('');
  };

  const fieldError = (id: string) => errors.find((e) => e.id === id);
  const emailError = fieldError('email');
  const passwordError = fieldError('password');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {params.get('expired') && !errors.length ? (
          <div className="govuk-notification-banner" role="region" aria-labelledby="session-title">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="session-title">
                Important
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">You need to sign in</p>
              <p className="govuk-body">Your session has ended, or you have not signed in yet. Sign in to carry on where you were.</p>
            </div>
          </div>
        ) : null}
        {params.get('signed-out') && !errors.length ? <div className="govuk-inset-text">You have signed out.</div> : null}
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Sign in with the email address and password of your Partnership Delivery Tracker account.</p>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className={`govuk-form-group${emailError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="email">
              Email address
            </label>
            {emailError ? (
              <p id="email-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {emailError.message}
              </p>
            ) : null}
            <input
              className={`govuk-input${emailError ? ' govuk-input--error' : ''}`}
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              aria-describedby={emailError ? 'email-error' : undefined}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className={`govuk-form-group${passwordError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="password">
              Password
            </label>
            {passwordError ? (
              <p id="password-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {passwordError.message}
              </p>
            ) : null}
            <input
              className={`govuk-input govuk-!-width-two-thirds${passwordError ? ' govuk-input--error' : ''}`}
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              aria-describedby={passwordError ? 'password-error' : undefined}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
