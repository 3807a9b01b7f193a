import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { api, send, useApi } from '../../api.js';
import type { components } from '../../api-schema.js';
import { delegationName, useMe } from '../../auth.js';
import { Await } from '../../components/common.js';
import { ActionResult, field, useAction } from '../../live/forms.js';

type Account = components['schemas']['Account'];
type AccountLink = components['schemas']['AccountLink'];
type Role = Account['role'];

const ROLES: ReadonlyArray<[Role, string]> = [
  ['member', 'Member delegation'],
  ['observer', 'Observer delegation'],
  ['secretariat', 'Secretariat'],
  ['president', 'President'],
  ['ngo', 'Civil society'],
];
const roleName = (role: Role) => ROLES.find(([r]) => r === role)?.[1] ?? role;
const takesDelegation = (role: string) => role === 'member' || role === 'observer';

const LINK_SAYS: Record<AccountLink['purpose'], string> = {
  invite: 'sets a password',
  password: 'sets a new password',
  'second-factor': 'sets up the authenticator again',
};

/** A one-time link to hand over: shown once, selectable, with a button that copies it. */
function LinkToGive({ who, link }: { who: string; link: AccountLink }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="link-to-give">
      Give {who} this link (it works once, until {new Date(link.expiresAt).toLocaleString()}); opening it{' '}
      {LINK_SAYS[link.purpose]}:
      <input
        readOnly
        value={link.url}
        aria-label={`One-time link for ${who}`}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="one-time-link"
      />
      <button type="button" onClick={() => void navigator.clipboard?.writeText(link.url).then(() => setCopied(true))}>
        {copied ? 'Copied' : 'Copy the link'}
      </button>
    </span>
  );
}

/**
 * The secretariat's accounts: invite a delegate or an officer (a one-time link), reset a password
 * or a second factor, disable and enable, change a role, and the latest sign-ins. What the CLI's
 * `plenary users` does, without stopping the server.
 */
export function AccountsPage() {
  const me = useMe();
  if (me === undefined) return <p role="status">Loading…</p>;
  if (me === null || me.role !== 'secretariat')
    return (
      <>
        <h1>Accounts</h1>
        <p>
          {me
            ? `Accounts are managed by the secretariat; ${me.user} is ${roleName(me.role)}.`
            : 'Sign in as the secretariat to manage accounts.'}{' '}
          <Link href="/sign-in">Sign in</Link>
        </p>
      </>
    );
  return (
    <>
      <h1>Accounts</h1>
      <p className="lede">
        Invite users with a one-time link; nobody but the user ever sees a password or a second factor.{' '}
        <Link href="/console">Back to the console</Link>
      </p>
      <InviteForm />
      <AccountList self={me.user} />
      <SignIns />
    </>
  );
}

function InviteForm() {
  const [action, run] = useAction();
  const [role, setRole] = useState<Role>('member');
  return (
    <section aria-labelledby="invite">
      <h2 id="invite">Invite a user</h2>
      <form
        className="stacked"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const name = field(form, 'name').toLowerCase();
          const delegation = takesDelegation(role) ? field(form, 'delegation').toUpperCase() : null;
          const target = e.currentTarget;
          void run(async () => {
            const made = await send((headers) =>
              api.POST('/api/v1/auth/accounts', { body: { name, role, delegation }, headers }),
            );
            target.reset();
            setRole('member');
            return <LinkToGive who={made.account.name} link={made.link} />;
          });
        }}
      >
        <fieldset>
          <legend>A new account</legend>
          <label htmlFor="invite-name">User name</label>
          <input
            id="invite-name"
            name="name"
            required
            autoCapitalize="none"
            spellCheck={false}
            pattern="[a-z0-9][a-z0-9._\-]{0,63}"
            aria-describedby="invite-name-hint"
          />
          <small id="invite-name-hint" className="hint">
            Lower-case letters, digits, dots, dashes: nor.delegate
          </small>
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map(([r, label]) => (
              <option key={r} value={r}>
                {label}
              </option>
            ))}
          </select>
          {takesDelegation(role) ? (
            <>
              <label htmlFor="invite-delegation">Delegation (ISO3)</label>
              <input id="invite-delegation" name="delegation" required maxLength={3} className="short" />
            </>
          ) : null}
          <button type="submit" disabled={action.state === 'busy'}>
            Invite
          </button>
        </fieldset>
      </form>
      <ActionResult action={action} testId="invite-result" />
    </section>
  );
}

function AccountList({ self }: { self: string }) {
  const accounts = useApi('/api/v1/auth/accounts');
  const [action, run] = useAction();
  const act = (write: () => Promise<ReactNode>) => void run(write);
  return (
    <section aria-labelledby="accounts">
      <h2 id="accounts">Users</h2>
      <ActionResult action={action} testId="account-result" focusDone />
      <Await result={accounts}>
        {(list) => (
          <div className="scroll">
            <table className="accounts">
              <caption className="visually-hidden">Users, their roles, and what can be done with each</caption>
              <thead>
                <tr>
                  <th scope="col">User</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {list.map((a) => (
                  <AccountRow
                    key={a.name}
                    account={a}
                    self={a.name === self}
                    act={act}
                    busy={action.state === 'busy'}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Await>
    </section>
  );
}

function AccountRow({
  account: a,
  self,
  act,
  busy,
}: {
  account: Account;
  self: boolean;
  act: (write: () => Promise<ReactNode>) => void;
  busy: boolean;
}) {
  const path = { params: { path: { name: a.name } } };
  const reset = (what: 'password' | 'second-factor') =>
    act(async () => {
      const r = await send((headers) =>
        api.POST('/api/v1/auth/accounts/{name}/reset', { ...path, body: { what }, headers }),
      );
      return <LinkToGive who={a.name} link={r.link} />;
    });
  return (
    <tr data-testid={`account-${a.name}`}>
      <th scope="row">
        {a.name}
        {self ? ' (you)' : ''}
      </th>
      <td>
        {roleName(a.role)}
        {a.delegation ? ` of ${delegationName(a.delegation)}` : ''}
        {a.secondFactor ? <span className="hint"> · second factor</span> : null}
      </td>
      <td>{a.disabled ? <strong>Disabled</strong> : 'Active'}</td>
      <td>
        <div className="actions">
          {self ? null : (
            <button type="button" disabled={busy || a.disabled} onClick={() => reset('password')}>
              Reset password<span className="visually-hidden"> of {a.name}</span>
            </button>
          )}
          {a.secondFactor && !self ? (
            <button type="button" disabled={busy || a.disabled} onClick={() => reset('second-factor')}>
              Reset second factor<span className="visually-hidden"> of {a.name}</span>
            </button>
          ) : null}
          {self ? null : (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                act(async () => {
                  const r = await send((headers) =>
                    api.PUT('/api/v1/auth/accounts/{name}/disabled', {
                      ...path,
                      body: { disabled: !a.disabled },
                      headers,
                    }),
                  );
                  return r.disabled
                    ? `${a.name} is disabled: it can no longer sign in, and its sessions and tokens stopped working.`
                    : `${a.name} is enabled again.`;
                })
              }
            >
              {a.disabled ? 'Enable' : 'Disable'}
              <span className="visually-hidden"> {a.name}</span>
            </button>
          )}
          {self ? null : <RoleChange account={a} act={act} busy={busy} />}
          {self ? <span className="hint">Another secretariat user changes your own account.</span> : null}
        </div>
      </td>
    </tr>
  );
}

function RoleChange({
  account: a,
  act,
  busy,
}: {
  account: Account;
  act: (write: () => Promise<ReactNode>) => void;
  busy: boolean;
}) {
  const [role, setRole] = useState<Role>(a.role);
  const id = `role-${a.name.replace(/[^a-z0-9]/g, '-')}`;
  return (
    <details className="role-change">
      <summary>
        Change role<span className="visually-hidden"> of {a.name}</span>
      </summary>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const delegation = takesDelegation(role) ? field(form, 'delegation').toUpperCase() : null;
          act(async () => {
            const r = await send((headers) =>
              api.PUT('/api/v1/auth/accounts/{name}/role', {
                params: { path: { name: a.name } },
                body: { role, delegation },
                headers,
              }),
            );
            const said = `${a.name} is now ${roleName(r.account.role)}${r.account.delegation ? ` of ${delegationName(r.account.delegation)}` : ''}.`;
            return r.link ? (
              <>
                {said} The role takes a second factor: <LinkToGive who={a.name} link={r.link} />
              </>
            ) : (
              said
            );
          });
        }}
      >
        <label htmlFor={`${id}-role`}>New role</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map(([r, label]) => (
            <option key={r} value={r}>
              {label}
            </option>
          ))}
        </select>
        {takesDelegation(role) ? (
          <>
            <label htmlFor={`${id}-delegation`}>Delegation</label>
            <input
              id={`${id}-delegation`}
              name="delegation"
              defaultValue={a.delegation ?? ''}
              required
              maxLength={3}
              className="short"
            />
          </>
        ) : null}
        <button type="submit" disabled={busy}>
          Change
        </button>
      </form>
    </details>
  );
}

const OUTCOMES: Record<components['schemas']['SignIn']['outcome'], string> = {
  'signed-in': 'Signed in',
  refused: 'Refused',
  throttled: 'Held back (too many attempts)',
  link: 'Signed in with a link',
};

function SignIns() {
  const signIns = useApi('/api/v1/auth/sign-ins', { query: { limit: 50 } });
  return (
    <section aria-labelledby="sign-ins">
      <h2 id="sign-ins">Latest sign-ins</h2>
      <Await result={signIns}>
        {(list) =>
          list.length ? (
            <div className="scroll" tabIndex={0} role="group" aria-label="Sign-in table (scrolls sideways)">
              <table className="sign-ins">
                <caption className="visually-hidden">The latest 50 sign-ins, the latest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">User</th>
                    <th scope="col">How it went</th>
                    <th scope="col">From</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s, i) => (
                    <tr key={`${s.at}-${i}`}>
                      <td>{new Date(s.at).toLocaleString()}</td>
                      <td>{s.account ?? <em>no such user</em>}</td>
                      <td>{OUTCOMES[s.outcome]}</td>
                      <td>{s.address}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No sign-ins yet.</p>
          )
        }
      </Await>
    </section>
  );
}
