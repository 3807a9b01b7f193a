import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLI_ENGINES, type CliTarget } from '../cli-engines.js';

/**
 * `plenary orgs add` and `plenary orgs list` through the real CLI, on every engine: an accreditation
 * is an act in the journal (verify still passes), judged by the API's rules (one organisation per
 * account), with bad options named and exit codes as documented (2: refused or bad input).
 */
for (const engine of CLI_ENGINES)
  describe(`plenary orgs (${engine.name})`, () => {
    let cli: CliTarget;
    before(async () => {
      cli = await engine.create();
    });
    after(() => cli.dispose());

    it('accredits an organisation in the journal, lists it, and refuses what the rules refuse', async () => {
      const added = await cli.plenary(
        'orgs',
        'add',
        'ishr',
        '--name',
        'International Service for Human Rights',
        '--status',
        'special',
        '--country',
        'che',
        '--website',
        'https://ishr.ch',
        '--user',
        'ishr.anna',
        'ishr.ben',
      );
      assert.equal(added.code, 0, added.stderr);
      assert.match(
        added.stdout,
        /organisation ishr accredited \(special\); accounts acting for it: ishr\.anna, ishr\.ben/,
      );
      const listed = await cli.plenary('orgs', 'list', '--json');
      assert.equal(listed.code, 0, listed.stderr);
      const [org] = JSON.parse(listed.stdout);
      assert.deepEqual(
        [org.id, org.kind, org.status, org.country, org.website],
        ['ishr', 'organisation', 'special', 'CHE', 'https://ishr.ch'],
      );

      const taken = await cli.plenary(
        'orgs',
        'add',
        'other',
        '--name',
        'Other',
        '--status',
        'none',
        '--user',
        'ishr.anna',
      );
      assert.equal(taken.code, 2);
      assert.match(taken.stderr, /Forbidden: the account ishr\.anna acts for ishr/);
      const badStatus = await cli.plenary('orgs', 'add', 'x', '--name', 'X', '--status', 'observer');
      assert.equal(badStatus.code, 2);
      const badSite = await cli.plenary('orgs', 'add', 'x', '--name', 'X', '--status', 'none', '--website', 'ftp://x');
      assert.equal(badSite.code, 2);
      assert.match(badSite.stderr, /--website: expected a web address/);
      const badId = await cli.plenary('orgs', 'add', 'Bad Id', '--name', 'X', '--status', 'none');
      assert.equal(badId.code, 2);
      assert.match(badId.stderr, /ID: expected a lowercase id/);

      const verified = await cli.plenary('verify');
      assert.equal(verified.code, 0, verified.stdout + verified.stderr);
    });
  });
