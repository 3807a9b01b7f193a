import { useState } from 'react';
import { Link } from 'wouter';
import { REGIONAL_GROUPS, REGIONAL_GROUP_NAMES } from '../../domain/state.js';
import { api, send, useApi } from '../api.js';
import type { Letter, Organisation } from '../api-schema.js';
import { useMe } from '../auth.js';
import { Await, draftHref, useTitle } from '../components/common.js';
import { LetterList, POSITION_WORDS, PositionList } from '../components/positions.js';
import { ActionResult, field, useAction } from '../live/forms.js';

/**
 * The desk of an accredited organisation's user: publish (or revise) a position of the
 * organisation, or of a coalition it is in, on a draft, an amendment or a paragraph; draft a joint
 * letter, sign the letters of others, publish one's own. Every write goes through the API, which
 * judges it (an NGO user acts for its own organisation only); a refusal shows its rule.
 */
export function NgoDeskPage() {
  useTitle('Civil society desk');
  const me = useMe();
  const mine = useApi('/api/v1/organisations/mine', {}, { enabled: me?.role === 'ngo' });
  if (me === undefined) return <p role="status">Loading…</p>;
  if (me === null || me.role !== 'ngo')
    return (
      <>
        <h1>Civil society desk</h1>
        <p>
          The desk is for users of accredited organisations. <Link href="/sign-in">Sign in</Link>
        </p>
      </>
    );
  return (
    <Await result={mine}>
      {({ organisation }) =>
        organisation ? (
          <Desk own={organisation} />
        ) : (
          <>
            <h1>Civil society desk</h1>
            <p>
              {me.user} acts for no accredited organisation: the secretariat accredits organisations and their users.
            </p>
          </>
        )
      }
    </Await>
  );
}

function Desk({ own }: { own: Organisation }) {
  const orgs = useApi('/api/v1/organisations');
  return (
    <>
      <h1>Desk of {own.name}</h1>
      <p className="lede">
        ECOSOC status: {own.status ?? 'none'}. Positions and letters are acts in the public journal, signed with your
        name.
      </p>
      <Await result={orgs}>
        {({ organisations }) => {
          const actsFor = [own, ...organisations.filter((o) => o.kind === 'coalition' && o.members.includes(own.id))];
          return (
            <>
              <PositionForm actsFor={actsFor} />
              <OwnPositions own={own} />
              <LetterForm own={own} />
              <Letters own={own} />
            </>
          );
        }}
      </Await>
    </>
  );
}

function OrganisationPicker({ actsFor, id }: { actsFor: readonly Organisation[]; id: string }) {
  return (
    <>
      <label htmlFor={id}>For</label>
      <select id={id} name="organisation">
        {actsFor.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
            {o.kind === 'coalition' ? ' (coalition)' : ''}
          </option>
        ))}
      </select>
    </>
  );
}

function PositionForm({ actsFor }: { actsFor: readonly Organisation[] }) {
  const [action, run] = useAction();
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="publish-position">
      <h2 id="publish-position">Publish a position</h2>
      <p>On a draft, an amendment, or one paragraph of a draft. A later position on the same text revises it.</p>
      <form
        key={formKey}
        className="stacked"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const ok = await run(async () => {
            const on = field(form, 'on');
            await send((headers) =>
              api.POST('/api/v1/positions', {
                body: {
                  organisation: field(form, 'organisation'),
                  on,
                  paragraph: field(form, 'paragraph') || null,
                  position: field(form, 'position') as 'support' | 'oppose' | 'seekChanges',
                  text: field(form, 'text'),
                },
                headers,
              }),
            );
            return (
              <>
                Position on <Link href={draftHref(on)}>{on}</Link> published.
              </>
            );
          });
          if (ok) setFormKey(formKey + 1);
        }}
      >
        <OrganisationPicker actsFor={actsFor} id="position-org" />
        <label htmlFor="position-on">Draft or amendment (symbol)</label>
        <input id="position-on" name="on" required maxLength={100} placeholder="A/HRC/34/L.5" />
        <label htmlFor="position-paragraph">Paragraph (optional)</label>
        <input id="position-paragraph" name="paragraph" maxLength={20} className="short" placeholder="OP3" />
        <fieldset>
          <legend>Position</legend>
          {(['support', 'oppose', 'seekChanges'] as const).map((p, i) => (
            <label key={p} className="inline">
              <input type="radio" className="choice" name="position" value={p} defaultChecked={i === 0} />{' '}
              {POSITION_WORDS[p]}
            </label>
          ))}
        </fieldset>
        <label htmlFor="position-text">What it says</label>
        <textarea id="position-text" name="text" required maxLength={2000} rows={3} />
        <button type="submit" disabled={action.state === 'busy'}>
          Publish the position
        </button>
      </form>
      <ActionResult action={action} testId="position-result" />
    </section>
  );
}

function OwnPositions({ own }: { own: Organisation }) {
  const positions = useApi('/api/v1/positions', { query: { org: own.id } });
  return (
    <section aria-labelledby="own-positions">
      <h2 id="own-positions">Positions of {own.name}</h2>
      <Await result={positions}>
        {({ positions: list }) => (list.length ? <PositionList positions={list} /> : <p>None yet.</p>)}
      </Await>
    </section>
  );
}

function LetterForm({ own }: { own: Organisation }) {
  const [action, run] = useAction();
  const [to, setTo] = useState<'members' | 'group' | 'states'>('members');
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="draft-letter">
      <h2 id="draft-letter">Draft a joint letter</h2>
      <p>{own.name} signs it first; other organisations sign it from their desks; you publish it when ready.</p>
      <form
        key={formKey}
        className="stacked"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const ok = await run(async () => {
            const addressed =
              to === 'group'
                ? { to, group: field(form, 'group') as (typeof REGIONAL_GROUPS)[number] }
                : to === 'states'
                  ? {
                      to,
                      states: field(form, 'states')
                        .split(/[\s,]+/)
                        .filter(Boolean)
                        .map((s) => s.toUpperCase()),
                    }
                  : { to };
            const { id } = await send((headers) =>
              api.POST('/api/v1/letters', {
                body: {
                  organisation: own.id,
                  title: field(form, 'title'),
                  text: field(form, 'text'),
                  draft: field(form, 'draft') || null,
                  addressed,
                },
                headers,
              }),
            );
            return `Letter ${id} drafted: it awaits signatures and your publication below.`;
          });
          if (ok) setFormKey(formKey + 1);
        }}
      >
        <label htmlFor="letter-title">Title</label>
        <input id="letter-title" name="title" required maxLength={300} />
        <label htmlFor="letter-draft">About the draft (symbol, optional)</label>
        <input id="letter-draft" name="draft" maxLength={100} placeholder="A/HRC/34/L.5" />
        <fieldset>
          <legend>Addressed to</legend>
          {(
            [
              ['members', 'Every member'],
              ['group', 'A regional group'],
              ['states', 'A list of States'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="inline">
              <input
                type="radio"
                className="choice"
                name="to"
                value={value}
                checked={to === value}
                onChange={() => setTo(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        {to === 'group' ? (
          <>
            <label htmlFor="letter-group">Regional group</label>
            <select id="letter-group" name="group">
              {REGIONAL_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {REGIONAL_GROUP_NAMES[g]}
                </option>
              ))}
            </select>
          </>
        ) : null}
        {to === 'states' ? (
          <>
            <label htmlFor="letter-states">States (ISO3 codes, separated by commas)</label>
            <input id="letter-states" name="states" required placeholder="DEU, GBR, KOR" />
          </>
        ) : null}
        <label htmlFor="letter-text">Text</label>
        <textarea id="letter-text" name="text" required maxLength={20000} rows={6} />
        <button type="submit" disabled={action.state === 'busy'}>
          Draft the letter
        </button>
      </form>
      <ActionResult action={action} testId="letter-result" />
    </section>
  );
}

function Letters({ own }: { own: Organisation }) {
  const letters = useApi('/api/v1/letters', { query: { status: 'all' } });
  return (
    <section aria-labelledby="letters">
      <h2 id="letters">Joint letters</h2>
      <Await result={letters}>
        {({ letters: list }) =>
          list.length ? (
            <ul className="plain">
              {list.map((l) => (
                <li key={l.id}>
                  <LetterList letters={[l]} />
                  <LetterActions own={own} letter={l} />
                </li>
              ))}
            </ul>
          ) : (
            <p>None yet.</p>
          )
        }
      </Await>
    </section>
  );
}

function LetterActions({ own, letter }: { own: Organisation; letter: Letter }) {
  const [action, run] = useAction();
  const signed = letter.signatures.some((s) => s.organisation === own.id);
  const author = letter.organisation === own.id;
  return (
    <div>
      {!signed ? (
        <button
          type="button"
          disabled={action.state === 'busy'}
          onClick={() =>
            run(async () => {
              await send((headers) =>
                api.POST('/api/v1/letters/{id}/signatures', {
                  params: { path: { id: letter.id } },
                  body: { organisation: own.id },
                  headers,
                }),
              );
              return `${own.name} signed "${letter.title}".`;
            })
          }
        >
          Sign “{letter.title}” for {own.name}
        </button>
      ) : null}
      {author && !letter.publishedAt ? (
        <button
          type="button"
          disabled={action.state === 'busy'}
          onClick={() =>
            run(async () => {
              await send((headers) =>
                api.POST('/api/v1/letters/{id}/publication', { params: { path: { id: letter.id } }, headers }),
              );
              return `"${letter.title}" published.`;
            })
          }
        >
          Publish “{letter.title}”
        </button>
      ) : null}
      <ActionResult action={action} focusDone />
    </div>
  );
}
