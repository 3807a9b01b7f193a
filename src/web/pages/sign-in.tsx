import { useLocation } from 'wouter';
import { homeOf, signIn, useMe } from '../auth.js';
import { ActionResult, field, useAction } from '../live/forms.js';

/**
 * Sign-in for delegations, the secretariat and the President. The code from an authenticator is
 * asked of everyone but needed only by the secretariat and the President: a failed sign-in never
 * says which part was wrong, so the page cannot ask for it only when it is missing.
 */
export function SignInPage() {
  const me = useMe();
  const [, navigate] = useLocation();
  const [action, run] = useAction();
  return (
    <>
      <h1>Sign in</h1>
      <p className="lede">For delegations, the secretariat and the President. Reading the record needs no account.</p>
      {me ? (
        <p>
          You are signed in as <strong>{me.user}</strong>.{' '}
          <a
            href={homeOf(me.role)}
            onClick={(e) => {
              e.preventDefault();
              navigate(homeOf(me.role));
            }}
          >
            Go on to your {homeOf(me.role) === '/desk' ? 'desk' : homeOf(me.role) === '/console' ? 'console' : 'record'}
          </a>
          .
        </p>
      ) : null}
      <form
        className="stacked narrow"
        aria-describedby="signin-result"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const totp = field(form, 'totp').replace(/\s+/g, '');
          let role: string | null = null;
          const ok = await run(async () => {
            const who = await signIn({
              name: field(form, 'name'),
              password: form.get('password')?.toString() ?? '',
              ...(totp ? { totp } : {}),
            });
            role = who.role;
            return `Signed in as ${who.user}.`;
          });
          if (ok && role) navigate(homeOf(role as Parameters<typeof homeOf>[0]));
        }}
      >
        <label htmlFor="signin-name">Name</label>
        <input id="signin-name" name="name" autoComplete="username" required autoCapitalize="none" spellCheck={false} />
        <label htmlFor="signin-password">Password</label>
        <input id="signin-password" name="password" type="password" autoComplete="current-password" required />
        <label htmlFor="signin-totp">Code from your authenticator app</label>
        <input
          id="signin-totp"
          name="totp"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          aria-describedby="signin-totp-hint"
        />
        <small id="signin-totp-hint" className="hint">
          Six digits. Needed by the secretariat and the President; delegations leave it empty.
        </small>
        <button type="submit" disabled={action.state === 'busy'}>
          Sign in
        </button>
        <div id="signin-result">
          <ActionResult action={action} />
        </div>
      </form>
    </>
  );
}
