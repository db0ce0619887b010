import { Component, useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { describeError } from '../lib/apollo';
import { PILLAR_LABEL, RAG_LABEL, RAG_MEANING, STATUS_LABEL, type ActionStatus, type Pillar, type Rag } from '../lib/format';

/** Sets the document title ("Page – Partnership Delivery Tracker"); an error prefix when the page shows errors. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Partnership Delivery Tracker`;
  }, [title, hasErrors]);
}

const RAG_SHAPE: Record<Rag, string> = { RED: '▲', AMBER: '◆', GREEN: '●', BLUE: '■' };
const RAG_CLASS: Record<Rag, string> = { RED: 'govuk-tag--red', AMBER: 'govuk-tag--orange', GREEN: 'govuk-tag--green', BLUE: 'govuk-tag--blue' };

/** A RAG as colour, shape and word: never colour alone. */
export function RagTag({ rag }: { rag: Rag | null | undefined }) {
  if (!rag) return <strong className="govuk-tag govuk-tag--grey pdt-rag">No RAG</strong>;
  return (
    <strong className={`govuk-tag ${RAG_CLASS[rag]} pdt-rag`} title={RAG_MEANING[rag]}>
      <span className="pdt-rag__shape" aria-hidden="true">
        {RAG_SHAPE[rag]}
      </span>{' '}
      {RAG_LABEL[rag]}
    </strong>
  );
}

const STATUS_CLASS: Record<ActionStatus, string> = {
  NOT_STARTED: 'govuk-tag--grey',
  IN_PROGRESS: 'govuk-tag--light-blue',
  ON_HOLD: 'govuk-tag--yellow',
  COMPLETED: 'govuk-tag--green',
  CANCELLED: 'govuk-tag--grey',
};

export function StatusTag({ status }: { status: ActionStatus }) {
  return <strong className={`govuk-tag ${STATUS_CLASS[status]}`}>{STATUS_LABEL[status]}</strong>;
}

export function pillarName(p: Pillar): string {
  return PILLAR_LABEL[p];
}

/** A wide table that scrolls sideways on a narrow screen, reachable by keyboard. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="pdt-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export interface FieldError {
  id: string;
  message: string;
}

/** GOV.UK error summary, focused when it appears so screen readers announce it. */
export function ErrorSummary({ errors, title = 'There is a problem' }: { errors: FieldError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.id + e.message}>
                {e.id ? (
                  <a
                    href={`#${e.id}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      const el = document.getElementById(e.id);
                      el?.focus();
                      el?.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {e.message}
                  </a>
                ) : (
                  e.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="govuk-body pdt-loading" role="status">
      {what}…
    </p>
  );
}

/** What went wrong, in words, never a stack trace; the page around it keeps working. */
export function ProblemPanel({ error, onRetry, code }: { error?: unknown; onRetry?: () => void; code?: string }) {
  const p = code ? { kind: 'graphql' as const, code, message: '', fields: [] } : describeError(error);
  usePageTitle(p.code === 'NOT_FOUND' ? 'Page not found' : 'There is a problem', false);
  let heading = 'Sorry, there is a problem with the service';
  let body = 'Try again later. If it keeps happening, tell your partnership coordinator.';
  if (p.kind === 'network') {
    heading = 'The service cannot be reached';
    body = 'Check your internet connection, then try again.';
  } else if (p.code === 'NOT_FOUND') {
    heading = 'Page not found';
    body = 'It may have been removed, or you may not have access to it. Check the address, or go back to the home page.';
  } else if (p.code === 'FORBIDDEN') {
    heading = 'You do not have access to this';
    body = p.message;
  } else if (p.code === 'UNAUTHENTICATED') {
    heading = 'Your session has ended';
    body = 'Sign in again to carry on.';
  } else if (p.kind === 'graphql' && p.code !== 'INTERNAL') {
    body = p.message;
  }
  return (
    <div className="pdt-problem">
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{body}</p>
      {onRetry && p.code !== 'NOT_FOUND' && p.code !== 'FORBIDDEN' ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}

/** Never a blank page: a rendering error shows a message instead. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) {
      return (
        <div className="pdt-problem">
          <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
          <p className="govuk-body">Something went wrong showing this page. Reload the page to try again.</p>
          <p className="govuk-body">
            <a className="govuk-link" href="/">
              Go to the home page
            </a>
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}

/** A success message after an action (GOV.UK notification banner, success variant). */
export function SuccessBanner({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-title" tabIndex={-1} ref={ref}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-title">
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}
