import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { URI, type TOTP } from 'otpauth';
import { STATES } from '../../src/domain/state.js';
import { ENGINES } from '../engines.js';
import { assertProblem, openDesk, PASSWORD, type Desk } from '../live-desk-fixture.js';

/**
 * The secretariat's work in minutes (issue 17): accounts from the web app (invite with a one-time
 * link, reset a password or a second factor, disable and enable, change a role, see the sign-ins),
 * and a session's membership as a pasted list, checked item by item, then recorded at once.
 */

const tokenOf = (url: string) => url.split('#')[1] ?? assert.fail(`no token in ${url}`);
const T0 = Date.parse('2026-12-01T10:00:00.000Z');

for (const engine of ENGINES)
  describe(`the secretariat's accounts desk (${engine.name})`, () => {
    let desk: Desk;
    let t = T0;
    /** Moves the desk's clock 31 s on (a new TOTP step) and returns it. */
    const tick = () => {
      t += 31_000;
      desk.at(new Date(t).toISOString());
      return t;
    };
    const login = (body: object) =>
      desk.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body, remoteAddress: '192.0.2.9' });
    const link = (url: string, payload: object) => desk.app.inject({ method: 'POST', url, payload });
    before(async () => {
      desk = await openDesk(await engine.open(), {
        'sec.officer': { role: 'secretariat' },
        'pres.office': { role: 'president' },
        'gbr.delegate': { role: 'member', delegation: 'GBR' },
      });
      desk.at(new Date(t).toISOString());
    });
    after(() => desk.close());

    it('invites a delegate: the link sets the password once and signs in; the password then works', async () => {
      const res = await desk.as('sec.officer', 'POST', '/api/v1/auth/accounts', {
        name: 'nor.delegate',
        role: 'observer',
        delegation: 'nor',
      });
      assert.equal(res.statusCode, 201, res.body);
      const invited = res.json();
      assert.deepEqual(
        { ...invited.account, createdAt: undefined },
        {
          name: 'nor.delegate',
          role: 'observer',
          delegation: 'NOR',
          secondFactor: false,
          disabled: false,
          createdAt: undefined,
        },
      );
      assert.equal(invited.link.purpose, 'invite');
      assert.equal(invited.link.expiresAt, new Date(t + 7 * 86_400_000).toISOString());
      assert.match(invited.link.url, /^http:\/\/[^/]+\/welcome#[A-Za-z0-9_-]{43}$/);
      const token = tokenOf(invited.link.url);
      // Before the link is used, nobody can sign in to the account.
      assert.equal((await login({ name: 'nor.delegate', password: 'x'.repeat(12) })).statusCode, 401);
      const shown = await link('/api/v1/auth/link', { token });
      assert.equal(shown.statusCode, 200, shown.body);
      assert.deepEqual(
        { ...(shown.json() as object), account: shown.json().account.name },
        {
          account: 'nor.delegate',
          purpose: 'invite',
          expiresAt: invited.link.expiresAt,
          password: 'new',
          totpUri: null,
          totp: false,
        },
      );
      assertProblem(await link('/api/v1/auth/link/accept', { token, password: 'short' }), 422, /5 characters: use 12/);
      const accepted = await link('/api/v1/auth/link/accept', { token, password: 'a new long password' });
      assert.equal(accepted.statusCode, 200, accepted.body);
      assert.equal(accepted.json().user, 'nor.delegate');
      assert.match(String(accepted.headers['set-cookie']), /plenary_session=/);
      // Once only.
      assertProblem(
        await link('/api/v1/auth/link/accept', { token, password: 'another long one' }),
        404,
        /used already/,
      );
      assertProblem(await link('/api/v1/auth/link', { token }), 404);
      assert.equal((await login({ name: 'nor.delegate', password: 'a new long password' })).statusCode, 200);
      // A name taken is refused, naming it.
      assertProblem(
        await desk.as('sec.officer', 'POST', '/api/v1/auth/accounts', { name: 'nor.delegate', role: 'ngo' }),
        409,
        /already a user nor.delegate/,
      );
    });

    it('invites a secretariat officer: the link shows the second factor to enrol and wants its code, which then works once', async () => {
      const res = await desk.as('sec.officer', 'POST', '/api/v1/auth/accounts', {
        name: 'sec.two',
        role: 'secretariat',
      });
      assert.equal(res.statusCode, 201, res.body);
      const token = tokenOf(res.json().link.url);
      const shown = (await link('/api/v1/auth/link', { token })).json();
      assert.equal(shown.totp, true);
      assert.match(shown.totpUri, /^otpauth:\/\/totp\/Plenary:sec\.two\?/);
      const totp = URI.parse(shown.totpUri) as TOTP;
      assertProblem(
        await link('/api/v1/auth/link/accept', { token, password: 'the officer password' }),
        422,
        /code is not right/,
      );
      const now = tick();
      const code = totp.generate({ timestamp: now });
      const ok = await link('/api/v1/auth/link/accept', { token, password: 'the officer password', totp: code });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().role, 'secretariat');
      // The same code, within its window, does not sign in again.
      assert.equal((await login({ name: 'sec.two', password: 'the officer password', totp: code })).statusCode, 401);
      const later = tick();
      const next = await login({
        name: 'sec.two',
        password: 'the officer password',
        totp: totp.generate({ timestamp: later }),
      });
      assert.equal(next.statusCode, 200, next.body);
    });

    it('resets a password: the old one stops at once, the link sets a new one', async () => {
      assert.equal((await login({ name: 'gbr.delegate', password: PASSWORD })).statusCode, 200);
      const res = await desk.as('sec.officer', 'POST', '/api/v1/auth/accounts/gbr.delegate/reset', {
        what: 'password',
      });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal(res.json().link.expiresAt, new Date(t + 24 * 3600_000).toISOString());
      assert.equal((await login({ name: 'gbr.delegate', password: PASSWORD })).statusCode, 401);
      const token = tokenOf(res.json().link.url);
      assert.equal((await link('/api/v1/auth/link/accept', { token, password: 'gbr new password' })).statusCode, 200);
      assert.equal((await login({ name: 'gbr.delegate', password: 'gbr new password' })).statusCode, 200);
      // A delegate has no second factor to reset.
      assertProblem(
        await desk.as('sec.officer', 'POST', '/api/v1/auth/accounts/gbr.delegate/reset', { what: 'second-factor' }),
        422,
        /has no second factor/,
      );
      assertProblem(
        await desk.as('sec.officer', 'POST', '/api/v1/auth/accounts/nobody/reset', { what: 'password' }),
        404,
      );
    });

    it("resets the President's second factor: the old codes stop, the link wants the current password and a new code", async () => {
      const old = desk.users['pres.office']?.totp ?? assert.fail('no totp');
      const res = await desk.as('sec.officer', 'POST', '/api/v1/auth/accounts/pres.office/reset', {
        what: 'second-factor',
      });
      assert.equal(res.statusCode, 201, res.body);
      const now = tick();
      assert.equal(
        (await login({ name: 'pres.office', password: PASSWORD, totp: old.generate({ timestamp: now }) })).statusCode,
        401,
      );
      const token = tokenOf(res.json().link.url);
      const shown = (await link('/api/v1/auth/link', { token })).json();
      assert.equal(shown.password, 'current');
      const fresh = URI.parse(shown.totpUri) as TOTP;
      assert.notEqual(fresh.secret.base32, old.secret.base32);
      assertProblem(
        await link('/api/v1/auth/link/accept', {
          token,
          password: 'not the password',
          totp: fresh.generate({ timestamp: now }),
        }),
        422,
        /password is not right/,
      );
      const ok = await link('/api/v1/auth/link/accept', {
        token,
        password: PASSWORD,
        totp: fresh.generate({ timestamp: now }),
      });
      assert.equal(ok.statusCode, 200, ok.body);
    });

    it('disables and enables; changes a role, with a link when the new role takes a second factor; never its own', async () => {
      const off = await desk.as('sec.officer', 'PUT', '/api/v1/auth/accounts/nor.delegate/disabled', {
        disabled: true,
      });
      assert.equal(off.statusCode, 200, off.body);
      assert.equal(off.json().disabled, true);
      assert.equal((await login({ name: 'nor.delegate', password: 'a new long password' })).statusCode, 401);
      const on = await desk.as('sec.officer', 'PUT', '/api/v1/auth/accounts/nor.delegate/disabled', {
        disabled: false,
      });
      assert.equal(on.json().disabled, false);
      assert.equal((await login({ name: 'nor.delegate', password: 'a new long password' })).statusCode, 200);
      assertProblem(
        await desk.as('sec.officer', 'PUT', '/api/v1/auth/accounts/sec.officer/disabled', { disabled: true }),
        422,
        /you are sec.officer/,
      );
      assertProblem(
        await desk.as('sec.officer', 'POST', '/api/v1/auth/accounts/sec.officer/reset', { what: 'second-factor' }),
        422,
        /you are sec.officer: another secretariat user resets your second-factor/,
      );
      // Observer → member of the same State: at once, no link.
      const member = await desk.as('sec.officer', 'PUT', '/api/v1/auth/accounts/nor.delegate/role', {
        role: 'member',
        delegation: 'NOR',
      });
      assert.equal(member.statusCode, 200, member.body);
      assert.equal(member.json().link, null);
      assert.equal(member.json().account.role, 'member');
      assertProblem(
        await desk.as('sec.officer', 'PUT', '/api/v1/auth/accounts/nor.delegate/role', {
          role: 'secretariat',
          delegation: 'NOR',
        }),
        422,
        /acts for no delegation/,
      );
      const promoted = await desk.as('sec.officer', 'PUT', '/api/v1/auth/accounts/nor.delegate/role', {
        role: 'secretariat',
      });
      assert.equal(promoted.statusCode, 200, promoted.body);
      assert.equal(promoted.json().account.secondFactor, true);
      assert.equal(promoted.json().link.purpose, 'second-factor');
      // Without the code of the new factor the password alone no longer signs in.
      assert.equal((await login({ name: 'nor.delegate', password: 'a new long password' })).statusCode, 401);
      const list = await desk.as('sec.officer', 'GET', '/api/v1/auth/accounts');
      assert.deepEqual(
        list.json().map((a: { name: string; role: string }) => `${a.name} ${a.role}`),
        [
          'gbr.delegate member',
          'nor.delegate secretariat',
          'pres.office president',
          'sec.officer secretariat',
          'sec.two secretariat',
        ],
      );
      assert.equal(list.headers['cache-control'], 'no-store');
    });

    it('lists the sign-ins, the latest first, with the outcome; an unknown name is kept as none', async () => {
      const now = tick();
      await login({ name: 'nobody.here', password: 'whatever password' });
      await login({ name: 'gbr.delegate', password: 'wrong password!!' });
      const res = await desk.as('sec.officer', 'GET', '/api/v1/auth/sign-ins?limit=3');
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), [
        { account: 'gbr.delegate', at: new Date(now).toISOString(), address: '192.0.2.9', outcome: 'refused' },
        { account: null, at: new Date(now).toISOString(), address: '192.0.2.9', outcome: 'refused' },
        { account: 'nor.delegate', at: new Date(now - 31_000).toISOString(), address: '192.0.2.9', outcome: 'refused' },
      ]);
      const gbr = (await desk.as('sec.officer', 'GET', '/api/v1/auth/sign-ins?account=gbr.delegate')).json();
      assert.deepEqual(
        gbr.map((e: { outcome: string }) => e.outcome),
        ['refused', 'signed-in', 'link', 'refused', 'signed-in'],
      );
    });

    it('is for the secretariat alone: the President and delegates get 403, the public 401', async () => {
      for (const [user, status] of [
        ['pres.office', 403],
        ['gbr.delegate', 403],
        [null, 401],
      ] as const) {
        assertProblem(await desk.as(user, 'GET', '/api/v1/auth/accounts'), status);
        assertProblem(await desk.as(user, 'GET', '/api/v1/auth/sign-ins'), status);
      }
      assertProblem(
        await desk.as('pres.office', 'GET', '/api/v1/auth/accounts'),
        403,
        /only the secretariat may manage accounts/,
      );
    });
  });

for (const engine of ENGINES)
  describe(`membership as a pasted list (${engine.name})`, () => {
    let desk: Desk;
    before(async () => {
      desk = await openDesk(await engine.open(), {
        'sec.officer': { role: 'secretariat' },
        'gbr.delegate': { role: 'member', delegation: 'GBR' },
      });
      desk.at('2026-12-01T10:00:00.000Z');
      for (const [session, start, end] of [
        ['35', '2027-02-26', '2027-04-05'],
        ['36', '2027-06-18', '2027-07-12'],
      ])
        assert.equal(
          (
            await desk.as('sec.officer', 'POST', '/api/v1/sessions', {
              body: 'HRC',
              session,
              title: `Session ${session}`,
              start,
              end,
            })
          ).statusCode,
          201,
        );
    });
    after(() => desk.close());
    const list = (session: string, text: string, record = false) =>
      desk.as('sec.officer', 'POST', `/api/v1/sessions/HRC/${session}/members/list`, {
        text,
        from: '2027-01-01',
        to: '2029-12-31',
        record,
      });

    it('resolves codes and names, one a line or comma-separated, and refuses the rest with the reason', async () => {
      const text = 'nor\nBrazil, Chile\n"Bolivia, Plurinational State of"\nAtlantis\nNorway\nMentenegro\n\n';
      const res = await list('35', text);
      assert.equal(res.statusCode, 200, res.body);
      const items = res.json().items as Array<{
        line: number;
        text: string;
        state: string | null;
        refusal: string | null;
      }>;
      assert.deepEqual(
        items.map((i) => [i.line, i.text, i.state, i.refusal === null ? null : i.refusal.slice(0, 30)]),
        [
          [1, 'nor', 'NOR', null],
          [2, 'Brazil', 'BRA', null],
          [2, 'Chile', 'CHL', null],
          [3, 'Bolivia, Plurinational State of', 'BOL', null],
          [4, 'Atlantis', null, 'no State is called "Atlantis":'],
          [5, 'Norway', null, 'Norway is named already (line '],
          [6, 'Mentenegro', 'MNE', null],
        ],
      );
      assert.equal(res.json().recorded, null);
      // Recording refuses the whole list while any item is refused, and writes nothing.
      const head = await desk.head();
      assertProblem(await list('35', text, true), 422, /nothing was recorded: 2 of 7 items are refused \(line 4: /);
      assert.equal(await desk.head(), head);
    });

    it('judges each term by the rules in order, as if those before it were recorded: the 48th State finds no seat', async () => {
      const states = STATES.filter((s) => s.unMember)
        .slice(0, 48)
        .map((s) => s.code);
      const items = (await list('35', states.join('\n'))).json().items as Array<{
        state: string;
        refusal: string | null;
      }>;
      assert.equal(items.length, 48);
      assert.deepEqual(
        items.filter((i) => i.refusal).map((i) => i.state),
        [states[47]],
      );
      assert.match(items[47]?.refusal ?? '', /would make 48 members of HRC on 2027-01-01, which has 47 seats/);
    });

    it('records a clean list at once, shows the members, and offers them to the next session to copy', async () => {
      const res = await list('35', 'NOR, BRA, CHL, MNE\nCôte d’Ivoire', true);
      assert.equal(res.statusCode, 200, res.body);
      const { firstSeq, lastSeq } = res.json().recorded;
      assert.equal(lastSeq - firstSeq, 4);
      const members = (await desk.as(null, 'GET', '/api/v1/sessions/HRC/35/members')).json();
      assert.deepEqual(
        members.members.map((m: { state: string }) => m.state),
        ['BRA', 'CHL', 'CIV', 'MNE', 'NOR'],
      );
      assert.deepEqual(members.members[0], { state: 'BRA', name: 'Brazil', from: '2027-01-01', to: '2029-12-31' });
      assert.equal(members.previous, null);
      const next = (await desk.as(null, 'GET', '/api/v1/sessions/HRC/36/members')).json();
      assert.deepEqual(next.previous, {
        session: '35',
        title: 'Session 35',
        members: ['BRA', 'CHL', 'CIV', 'MNE', 'NOR'],
      });
      // Terms cover session 36 too: recorded once, they are its members already.
      assert.equal(next.members.length, 5);
    });

    it('is the secretariat’s: a delegate gets 403 and nothing is written', async () => {
      const head = await desk.head();
      const res = await desk.as('gbr.delegate', 'POST', '/api/v1/sessions/HRC/35/members/list', {
        text: 'ZAF',
        from: '2027-01-01',
        to: '2029-12-31',
        record: true,
      });
      assertProblem(res, 403, /only /);
      assert.equal(await desk.head(), head);
    });
  });
