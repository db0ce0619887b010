/** Sign-in and sign-out against the server's cookie session (POST/DELETE /api/session). */

export type SignInResult = { ok: true } | { ok: false; code: string; message: string; fields: { path: string; message: string }[] };

const HEADERS = { 'content-type': 'application/json', 'x-requested-with': 'pdt-web' };

export async function signIn(email: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch('/api/session', { method: 'POST', headers: HEADERS, credentials: 'same-origin', body: JSON.stringify({ email, password }) });
  } catch {
    return { ok: false, code: 'NETWORK', message: 'The service could not be reached. Check your connection and try again.', fields: [] };
  }
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; fields?: { path: string; message: string }[] } } | null;
  return {
    ok: false,
    code: body?.error?.code ?? (response.status >= 500 ? 'INTERNAL' : 'UNKNOWN'),
    message: body?.error?.message ?? 'Sorry, there is a problem with the service. Try again later.',
    fields: body?.error?.fields ?? [],
  };
}

export async function signOut(): Promise<void> {
  await fetch('/api/session', { method: 'DELETE', headers: HEADERS, credentials: 'same-origin' }).catch(() => undefined);
}
