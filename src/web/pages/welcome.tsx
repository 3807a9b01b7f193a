import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError, ME_KEY, api, problemMessage, queryClient, type Me } from '../api.js';
import type { components } from '../api-schema.js';
import { delegationName, homeOf } from '../auth.js';
import { QrCode } from '../components/qr-code.js';
import { ActionResult, field, useAction } from '../live/forms.js';

type LinkView = components['schemas']['LinkView'];

const PURPOSES: Record<LinkView['purpose'], string> = {
  invite: 'Welcome to Plenary',
  password: 'Choose a new password',
  'second-factor': 'Set up your authenticator again',
};

/** The secret of an otpauth URI, in groups of four, for typing into an authenticator by hand. */
function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret') ?? '';
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * The page a one-time link from the secretariat opens (/welcome#TOKEN: the token stays in the
 * browser, out of every server's log): the new user sets a password, and a secretariat or President
 * user scans the second factor's QR code and gives its code; then they are signed in.
 */
export function WelcomePage() {
  const [, navigate] = useLocation();
  const [token] = useState(() => window.location.hash.slice(1));
  const [link, setLink] = useState<LinkView | null | string>(null);
  const [action, run] = useAction();
  useEffect(() => {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) {
      setLink('This address holds no link: open the whole link the secretariat gave you.');
      return;
    }
    void api.POST('/api/v1/auth/link', { body: { token } }).then(({ data, error, response }) => {
      setLink(data ?? problemMessage(error, response));
    });
  }, [token]);
  if (link === null) return <p role="status">Opening the link…</p>;
  if (typeof link === 'string')
    return (
      <>
        <h1>This link does not work</h1>
        <p role="alert">{link.charAt(0).toUpperCase() + link.slice(1)}</p>
      </>
    );
  const who = link.account.delegation
    ? `${link.account.role} of ${delegationName(link.account.delegation)}`
    : link.account.role;
  return (
    <>
      <h1>{PURPOSES[link.purpose]}</h1>
      <p className="lede">
        For <strong>{link.account.name}</strong>, {who}. The link works once, until{' '}
        {new Date(link.expiresAt).toLocaleString()}.
      </p>
      <form
        className="stacked narrow"
        aria-describedby="welcome-result"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const password = form.get('password')?.toString() ?? '';
          const totp = field(form, 'totp').replace(/\s+/g, '');
          void run(async () => {
            if (link.password === 'new' && password !== (form.get('again')?.toString() ?? ''))
              throw new Error('The two passwords differ: type the same one twice.');
            const { data, error, response } = await api.POST('/api/v1/auth/link/accept', {
              body: { token, password, ...(totp ? { totp } : {}) },
            });
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
            history.replaceState(null, '', window.location.pathname);
            navigate(homeOf(me.role));
            return `Signed in as ${me.user}.`;
          });
        }}
      >
        {link.password === 'new' ? (
          <>
            <label htmlFor="welcome-password">New password</label>
            <input
              id="welcome-password"
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={12}
              required
              aria-describedby="welcome-password-hint"
            />
            <small id="welcome-password-hint" className="hint">
              At least 12 characters; a few words you will remember are fine.
            </small>
            <label htmlFor="welcome-again">The same password again</label>
            <input id="welcome-again" name="again" type="password" autoComplete="new-password" required />
          </>
        ) : (
          <>
            <label htmlFor="welcome-password">Your password</label>
            <input id="welcome-password" name="password" type="password" autoComplete="current-password" required />
          </>
        )}
        {link.totpUri ? (
          <fieldset className="enrol">
            <legend>Second factor</legend>
            <p>Scan this code with an authenticator app (such as FreeOTP, Aegis or Google Authenticator).</p>
            <QrCode text={link.totpUri} label={`QR code of the second factor of ${link.account.name}`} />
            <p>
              Or type this key into the app: <code data-testid="totp-secret">{secretOf(link.totpUri)}</code>
            </p>
          </fieldset>
        ) : null}
        {link.totp ? (
          <>
            <label htmlFor="welcome-totp">Code from your authenticator app</label>
            <input
              id="welcome-totp"
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              required
            />
          </>
        ) : null}
        <button type="submit" disabled={action.state === 'busy'}>
          {link.purpose === 'second-factor' ? 'Confirm and sign in' : 'Set the password and sign in'}
        </button>
        <div id="welcome-result">
          <ActionResult action={action} />
        </div>
      </form>
    </>
  );
}
