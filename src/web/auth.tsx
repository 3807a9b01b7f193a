import { useLocation } from 'wouter';
import { findState } from '../domain/state.js';
import { ApiError, ME_KEY, ME_QUERY, api, problemMessage, queryClient, send, useApi, type Me } from './api.js';

/** Where a role works: delegations at their desk, the secretariat and the President at the console. */
export function homeOf(role: Me['role']): string {
  return role === 'member' || role === 'observer'
    ? '/desk'
    : role === 'secretariat' || role === 'president'
      ? '/console'
      : role === 'ngo'
        ? '/ngo'
        : '/';
}

const ROLE_NAMES: Record<Me['role'], string> = {
  member: 'member delegation',
  observer: 'observer delegation',
  secretariat: 'secretariat',
  president: 'President',
  ngo: 'civil society',
};

/** "Norway (NOR)" for a delegation's code. */
export function delegationName(code: string): string {
  const state = findState(code);
  return state ? `${state.name} (${code})` : code;
}

/** Who is signed in: the user, or null when nobody is (a 401), or undefined while asking. */
export function useMe(): Me | null | undefined {
  // Asked so that nobody signed in is an answer (null), not a 401 in every reader's console.
  const me = useApi('/api/v1/auth/me', ME_QUERY);
  if (me.state === 'ready') return me.data;
  if (me.state === 'error') return me.error instanceof ApiError && me.error.status === 401 ? null : undefined;
  return undefined;
}

/** Signs in; the session cookie is the server's (HttpOnly), the CSRF token stays in memory. */
export async function signIn(body: { name: string; password: string; totp?: string }): Promise<Me> {
  const { data, error, response } = await api.POST('/api/v1/auth/login', { body });
  if (error !== undefined || !data) throw new ApiError(response.status, problemMessage(error, response));
  const me: Me = {
    user: data.user,
    role: data.role,
    delegation: data.delegation,
    via: 'cookie',
    csrfToken: data.csrfToken,
  };
  queryClient.setQueryData(ME_KEY, me);
  await queryClient.invalidateQueries({ queryKey: ['api'], predicate: (q) => q.queryKey[1] !== ME_KEY[1] });
  return me;
}

/** The header's line: who is signed in, for which delegation, and sign-out; or a sign-in link. */
export function SignedInAs() {
  const me = useMe();
  const [, navigate] = useLocation();
  if (me === undefined) return null;
  if (me === null)
    return (
      <a
        href="/sign-in"
        className="signin-link"
        onClick={(e) => {
          e.preventDefault();
          navigate('/sign-in');
        }}
      >
        Sign in
      </a>
    );
  return (
    <p className="signed-in" data-testid="signed-in">
      <span>
        Signed in as <strong>{me.user}</strong>
        {me.delegation ? (
          <>
            {' '}
            for <strong>{delegationName(me.delegation)}</strong>
          </>
        ) : (
          <> ({ROLE_NAMES[me.role]})</>
        )}
      </span>
      <button
        type="button"
        onClick={async () => {
          try {
            await send((headers) => api.POST('/api/v1/auth/logout', { headers }));
          } catch {
            // Signed out already (expired or revoked): the page forgets it either way.
          }
          queryClient.setQueryData(ME_KEY, null);
          queryClient.removeQueries({ queryKey: ME_KEY });
          navigate('/sign-in');
        }}
      >
        Sign out
      </button>
    </p>
  );
}
