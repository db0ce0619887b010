import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/** The sign-in page's address that brings the person back to where they were. */
export function signInPath(next: string = window.location.pathname + window.location.search, reason?: 'expired' | 'signed-out'): string {
  const params = new URLSearchParams();
  if (next && next !== '/' && !next.startsWith('/sign-in')) params.set('next', next);
  if (reason) params.set(reason, '1');
  const q = params.toString();
  return `/sign-in${q ? `?${q}` : ''}`;
}

/** A session that has ended (expired, signed out elsewhere, account removed): back to sign in, then here. */
const sessionLink = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    if (!window.location.pathname.startsWith('/sign-in')) window.location.assign(signInPath(undefined, 'expired'));
  }
});

/**
 * Same-origin GraphQL with the session cookie. The JSON content type is what Apollo Server's CSRF
 * prevention asks of a browser request; no token is ever kept in script-readable storage.
 */
export function makeClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Report rows and roll-ups have no id: keep them inside their report.
        BoardReport: { keyFields: false },
        Query: { fields: { myActions: { merge: false } } },
        Action: { fields: { milestones: { merge: false }, updates: { merge: false }, supportingAgencies: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/** The server's error code and field messages from an Apollo error, for messages and inline errors. */
export interface ProblemDetails {
  kind: 'network' | 'server' | 'graphql';
  code: string | null;
  message: string;
  fields: { path: string; message: string }[];
}

export function describeError(error: unknown): ProblemDetails {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as { code?: string; fields?: { path: string; message: string }[] };
    return { kind: 'graphql', code: ext.code ?? null, message: first?.message ?? 'The request was refused', fields: ext.fields ?? [] };
  }
  const status = (error as { statusCode?: number } | null)?.statusCode;
  if (typeof status === 'number') return { kind: 'server', code: 'INTERNAL', message: `The server answered with an error (${status})`, fields: [] };
  return { kind: 'network', code: null, message: 'The service could not be reached', fields: [] };
}
