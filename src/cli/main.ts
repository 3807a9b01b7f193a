import { Command, CommanderError, Option } from 'commander';
import v8 from 'node:v8';
import { isDomainError } from '../domain/errors.js';
import { isStoreError } from '../store/store-error.js';
import type { ImportProblems } from './commands/import.js';
import { ACCOUNT_ROLES as ROLE_CHOICES, isAccountError } from '../services/accounts.js';
import { NotFound, UsageError } from './errors.js';

// The embedded database is PostgreSQL compiled to WebAssembly. A command that runs for seconds spends
// more on V8 optimising that module in the background than the optimised code gives back (measured on
// 2 cores: `users list` 1.2 → 0.85 s, its CPU 1.5 → 0.85 s; `verify` of the GA history 4.0 → 3.2 s; the
// GA history's import as fast, with 12% less CPU), so every command but the long-running server keeps
// the baseline compiler's code. Set before any store opens, as a command's module loads later.
if (!process.argv.slice(2).includes('serve')) v8.setFlagsFromString('--liftoff-only');

// Each command's module is loaded when that command runs: `plenary ideal` need not load the server,
// the importers or verify, and start-up is part of what every command costs.
const commands = {
  analysis: () => import('./commands/analysis.js'),
  check: () => import('./commands/check.js'),
  consensus: () => import('./commands/consensus.js'),
  export: () => import('./commands/export.js'),
  forecast: () => import('./commands/forecast.js'),
  import: async () => {
    const module = await import('./commands/import.js');
    importProblems = module.ImportProblems;
    return module;
  },
  serve: () => import('./commands/serve.js'),
  show: () => import('./commands/show.js'),
  tokens: () => import('./commands/tokens.js'),
  users: () => import('./commands/users.js'),
  orgs: () => import('./commands/orgs.js'),
  verify: () => import('./commands/verify.js'),
  votes: () => import('./commands/votes.js'),
};
/** Set once the import command's module is loaded (its problems can come from nowhere else). */
let importProblems: typeof ImportProblems | undefined;

// A reader that stops early (`plenary votes | head`, a monitor piping into `true`) closes the pipe:
// what is left to print is dropped, and the command still ends with its own exit status (damage that
// `verify` found stays 1). Exiting here would put a status in place of the command's.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const program = new Command()
  .name('plenary')
  .description(
    'The record of the UN Human Rights Council: drafts, sponsors, amendments, votes, mandates, each fact tied to its source.',
  )
  .addOption(
    new Option(
      '--data <dir>',
      'embedded database directory (env PLENARY_DATA; default ./plenary-data; DATABASE_URL selects a PostgreSQL server instead)',
    ),
  )
  .option(
    '--no-builtin',
    'leave an empty record empty: do not load the built-in HRC34 record into it (env PLENARY_BUILTIN=0), e.g. to run a real session live',
  )
  .option('--json', 'machine-readable output')
  .showHelpAfterError();

const global = () => program.opts<{ data?: string; json?: boolean; builtin?: boolean }>();

program
  .command('show')
  .argument('<symbol>', 'a draft (A/HRC/34/L.5), amendment (A/HRC/34/L.42) or resolution (34/5, A/HRC/RES/34/5)')
  .description('a draft, amendment or resolution: sponsors, amendments and their fate, votes, outcome, mandate effects')
  .option('--session <n>', 'session for a bare L number (L.5)')
  .option('--json', 'machine-readable output')
  .action(async (symbol: string, o: { session?: string; json?: boolean }) =>
    (await commands.show()).showCommand(symbol, { ...global(), ...o }),
  );

// `plenary votes --help` names the bodies the record holds (read before commander prints the help).
let bodiesHelp = '';
program
  .command('votes')
  .description('recorded votes of one body (the HRC unless --body names another), the latest first')
  .option('--body <code>', 'a body the record holds: HRC (the default when held), UNGA, CHR…; all: every body, mixed')
  .option('--session <n>', 'session number')
  .option('--subject <symbol>', 'the draft or amendment voted on')
  .option('--state <state>', 'votes in which this State cast a ballot: its code (NOR) or name (Norway)')
  .option('--from <date>', 'votes on or after this date (2017, 2017-03 or 2017-03-23)')
  .option('--to <date>', 'votes on or before this date (a year or month includes all of it)')
  .option('--issue <issue>', 'an issue as the data names it ("Human rights") or unvotes\' code (hr)')
  .option('--agenda <item>', 'the agenda item of the draft voted on, such as 4')
  .option('--sort <order>', 'newest (default) or oldest first')
  .option('--json', 'machine-readable output')
  .addHelpText('after', () => bodiesHelp)
  .action(async (o: Record<string, string | boolean>) => (await commands.votes()).votesCommand({ ...global(), ...o }));

program
  .command('import')
  .argument('<format>', 'text | undl | unvotes | hrc-voting | json')
  .argument('<files...>', 'files to import')
  .description('import records; on any problem nothing is imported')
  .option('--body <code>', 'body the text is about (text; default HRC)')
  .option('--session <n>', 'session (text)')
  .option('--date <YYYY-MM-DD>', 'date of the meeting (text)')
  .option('--subject <symbol>', 'the draft a text is about when it does not name it (text)')
  .option(
    '--url <address>',
    'the page a text was copied from, kept as its source (text; a file may instead begin with a "SOURCE_URL: <address>" line, which wins)',
  )
  .option('--json', 'machine-readable output')
  .action(async (format: string, files: string[], o: Record<string, string | boolean>) =>
    (await commands.import()).importCommand(format, files, { ...global(), ...o }),
  );

program
  .command('export')
  .description('the whole record: json (the journal, re-importable) or csv (one row per ballot)')
  .option('--format <fmt>', 'json | csv', 'json')
  .option('-o, --output <file>', 'write to a file instead of stdout')
  .action(async (o: { format?: string; output?: string }) =>
    (await commands.export()).exportCommand({ ...global(), ...o }),
  );

program
  .command('verify')
  .description('check the journal: has any act been altered or removed, does every derived table match the acts?')
  .option('--expect-head <seq:hash>', 'a head printed earlier: fail unless act SEQ still has that hash')
  .option('--json', 'machine-readable output')
  .action(async (o: { json?: boolean; expectHead?: string }) =>
    (await commands.verify()).verifyCommand({ ...global(), ...o }),
  );

program
  .command('serve')
  .description('serve the web app and the API (on the embedded database unless DATABASE_URL is set)')
  .option('--port <n>', 'port', '8080')
  .option('--host <addr>', 'address to listen on', '127.0.0.1')
  .option(
    '--trust-proxy <which>',
    'believe X-Forwarded-For/-Proto from these proxies: true, a hop count, or addresses/CIDRs separated by commas (env PLENARY_TRUST_PROXY; default: none)',
  )
  .action(async (o: { port?: string; host?: string; trustProxy?: string }) =>
    (await commands.serve()).serveCommand({ ...global(), ...o }),
  );

// Analysis: the filters every analysis command takes.
const analysisFilters = (c: Command) =>
  c
    .option('--body <code>', 'HRC, UNGA, UNSC')
    .option('--session <n>', 'session number (several: 40,41)')
    .option('--from <date>', 'votes on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'votes on or before')
    .option(
      '--issue <issue>',
      'issues, comma-separated: names ("Human rights") or unvotes\' codes (hr, me, co, di, ec, nu)',
    )
    .option('--important', "only votes the data marks important (unvotes: the US State Department's list)")
    .option('--without-paragraphs', 'leave out separate votes on paragraphs')
    .option('--json', 'machine-readable output (the body of GET /api/v1/analysis/… for the same question)')
    .option('--csv', 'the table as CSV');
const minVotesOption = (c: Command) => c.option('--min-votes <n>', 'withhold figures resting on fewer votes');

analysisFilters(
  minVotesOption(program.command('agree'))
    .argument('[states...]', 'two States (USA ISR) for their agreement over time')
    .description(
      'who votes with whom: agreement of a State with every other (--state), of two States per session or year, or between every two (--matrix)',
    )
    .option('--state <iso3>', 'the State to compare every other with')
    .option('--matrix', 'agreement between every two States, ordered by ideal point (a heatmap)')
    .option('--group <g>', 'the matrix of a regional group: AFRICAN, APG, EEG, GRULAC, WEOG')
    .option('--states <list>', 'the matrix of these States (FRA,DEU,ITA)')
    .option('--anchor <iso3>', "the matrix's ideal-point sign convention (default USA)")
    .option(
      '--measure <m>',
      'index (yes/abstain counts ½) or coincidence (US State Department: yes/no votes only)',
      'index',
    )
    .option('--by <period>', 'session or year (for two States)', 'session'),
).action(async (states: string[], o: Record<string, string | boolean>) =>
  (await commands.analysis()).agreeCommand(states, { ...global(), ...o }),
);

analysisFilters(
  program
    .command('cohesion')
    .description(
      "how a regional group (or any States) holds together: Hix–Noury–Roland agreement index per session, and who voted against the group's majority",
    )
    .option('--group <g>', 'AFRICAN, APG, EEG, GRULAC, WEOG')
    .option('--states <list>', 'any States instead (FRA,DEU,ITA)')
    .option('--votes', 'each vote, with the members against the majority'),
).action(async (o: Record<string, string | boolean>) =>
  (await commands.analysis()).cohesionCommand({ ...global(), ...o }),
);

analysisFilters(
  minVotesOption(program.command('ideal'))
    .description(
      'where each State stands: 1-D ideal points (probit IRT by EM) with 95% intervals and the votes behind them',
    )
    .option('--anchor <iso3>', 'the State whose point is positive (sign convention)', 'USA')
    .option('--bootstrap <n>', 'intervals from a parametric bootstrap of n replicates (default: curvature)'),
).action(async (o: Record<string, string | boolean>) =>
  (await commands.analysis()).idealCommand({ ...global(), ...o }),
);

program
  .command('check')
  .argument(
    '<kind>',
    'adopted-without-amendment, amendments-defeated, majority-by-group, majority-spans-groups or voted-every',
  )
  .argument('[subjects...]', 'a DRAFT (the draft checks) or the votes (vote ids or symbols) of the majority checks')
  .description(
    'a claim checked against the record: true, false or cannot tell (saying what is missing), with the counts behind it and the sources (docs/checks.md)',
  )
  .option('--proposers <iso3,...>', 'amendments-defeated: only the amendments proposed by these States')
  .option('--position <p>', 'yes, no or abstain: the position the claim is about')
  .option('--basis <b>', 'majority-by-group: a majority of those voting (default), present or members')
  .option('--amendments-to <draft>', 'the votes on every amendment to this draft')
  .option('--state <iso3>', 'voted-every: the State')
  .option('--mandate <id>', 'voted-every: the votes on the texts that acted on this mandate')
  .option('--subjects <list>', 'voted-every: vote ids or symbols, comma-separated')
  .option('--from <date>', 'voted-every: votes on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
  .option('--json', 'machine-readable output (the API answer)')
  .action(async (kind: string, subjects: string[], o: Record<string, string | boolean>) =>
    (await commands.check()).checkCommand(kind, subjects, { ...global(), ...o }),
  );

program
  .command('consensus')
  .description(
    'consensus signals, apart from the votes: per State, adoptions without a vote while a member, joined or dissociated, and sponsorship of those texts; --state: one State against each other',
  )
  .option(
    '--state <iso3>',
    'one State: its figures, and texts both joined, one dissociated, both sponsored with each other',
  )
  .option('--body <code>', 'texts of this body only (HRC, CHR)')
  .option('--session <n>', 'one session, or several separated by commas')
  .option('--from <date>', 'texts adopted on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
  .option('--to <date>', 'texts adopted on or before')
  .option('--min-texts <n>', `withhold percentages resting on fewer texts (default 10)`)
  .option('--json', 'machine-readable output (the API answer)')
  .option('--csv', 'the table as CSV')
  .action(async (o: Record<string, string | boolean>) =>
    (await commands.consensus()).consensusCommand({ ...global(), ...o }),
  );

program
  .command('forecast')
  .argument('[subject]', 'a pending draft or amendment (A/HRC/34/L.5, or L.5 with --session)')
  .description(
    "how a pending vote will go: each member's probability of yes, no and abstain, the outcome's, the swing States; --backtest: the model against baselines on past sessions",
  )
  .option('--backtest', 'test the model on held-out sessions, each forecast from the sessions before it')
  .option('--body <code>', 'the body to backtest (default HRC)')
  .option('--session <n>', 'backtest these sessions (40,41); for a subject, the session of a bare L number')
  .option('--from <date>', 'backtest the sessions whose first vote is on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
  .option('--to <date>', 'backtest the sessions whose first vote is on or before')
  .option('--last <n>', 'backtest the last n sessions (default 15)')
  .option('--min-votes <n>', "withhold a member's forecast below this many ballots in recent sessions (default 10)")
  .option('--swing <p>', 'a member whose most likely position is below this probability is a swing State (default 0.6)')
  .option('--json', 'machine-readable output')
  .option('--csv', 'the table as CSV')
  .action(async (subject: string | undefined, o: Record<string, string | boolean>) =>
    (await commands.forecast()).forecastCommand(subject, { ...global(), ...o }),
  );

program
  .command('cosponsors')
  .description(
    'who sponsors with whom: the co-sponsorship network the record holds, leadership by PageRank, and how much of it the sources give',
  )
  .option('--state <iso3>', 'the States that sponsored with this one, and how often')
  .option('--body <code>', 'drafts of this body only')
  .option('--session <n>', 'drafts of these sessions only (34,35)')
  .option('--json', 'machine-readable output')
  .option('--csv', 'the table as CSV')
  .action(async (o: Record<string, string | boolean>) =>
    (await commands.forecast()).cosponsorsCommand({ ...global(), ...o }),
  );

const orgs = program.command('orgs').description('civil society: organisations accredited (acts in the journal)');
orgs
  .command('add')
  .argument('<id>', 'a lowercase id (ishr)')
  .description('accredit an organisation, or again with its details and accounts as they now stand (the secretariat)')
  .requiredOption('--name <name>', 'its name')
  .addOption(
    new Option('--status <status>', 'ECOSOC consultative status')
      .choices(['general', 'special', 'roster', 'none'])
      .makeOptionMandatory(),
  )
  .option('--country <iso3>', 'where it is based')
  .option('--website <url>', 'its website')
  .option('--user <name...>', 'the NGO accounts that act for it')
  .option('--by <name>', 'who accredits it, as the act records (default: cli)')
  .option('--json', 'machine-readable output')
  .action(
    async (
      id: string,
      o: {
        name: string;
        status: string;
        country?: string;
        website?: string;
        user?: string[];
        by?: string;
        json?: boolean;
      },
    ) => (await commands.orgs()).orgsAddCommand(id, { ...global(), ...o }),
  );
orgs
  .command('list')
  .description('organisations and coalitions accredited')
  .option('--json', 'machine-readable output')
  .action(async (o: { json?: boolean }) => (await commands.orgs()).orgsListCommand({ ...global(), ...o }));

const users = program.command('users').description('accounts for the live desk (kept apart from the record)');
users
  .command('add')
  .argument('<name>', 'user name: lower-case letters, digits, ".", "_", "-" (nor.delegate)')
  .description('add a user; the password is read from stdin when piped, else generated and printed once')
  .addOption(new Option('--role <role>', 'what the user may do').choices(ROLE_CHOICES).makeOptionMandatory())
  .option('--delegation <iso3>', 'the State a member or observer user acts for (NOR)')
  .option('--json', 'machine-readable output')
  .action(async (name: string, o: { role: string; delegation?: string; json?: boolean }) =>
    (await commands.users()).usersAddCommand(name, { ...global(), ...o }),
  );
users
  .command('list')
  .description('users, their roles and delegations')
  .option('--json', 'machine-readable output')
  .action(async (o: { json?: boolean }) => (await commands.users()).usersListCommand({ ...global(), ...o }));
users
  .command('disable')
  .argument('<name>')
  .description('stop a user signing in; its sessions and tokens stop working')
  .option('--json', 'machine-readable output')
  .action(async (name: string, o: { json?: boolean }) =>
    (await commands.users()).usersDisableCommand(name, { ...global(), ...o }),
  );

const tokens = program.command('tokens').description('API tokens for programs (Authorization: Bearer …)');
tokens
  .command('create')
  .argument('<name>', 'the user the token acts as')
  .description("a token with the user's role and delegation, printed once")
  .option(
    '--days <n>',
    'how many days it works (default 90, at most 365; env PLENARY_TOKEN_DAYS and PLENARY_TOKEN_MAX_DAYS set them)',
  )
  .option('--json', 'machine-readable output')
  .action(async (name: string, o: { json?: boolean; days?: string }) =>
    (await commands.tokens()).tokensCreateCommand(name, { ...global(), ...o }),
  );
tokens
  .command('revoke')
  .argument('<id>', 'the token id (the 12 hex digits after plenary_)')
  .description('the token stops working at once')
  .option('--json', 'machine-readable output')
  .action(async (id: string, o: { json?: boolean }) =>
    (await commands.tokens()).tokensRevokeCommand(id, { ...global(), ...o }),
  );
tokens
  .command('list')
  .description('token ids, users, created, expiry, last use and revoked (never the tokens)')
  .option('--user <name>')
  .option('--json', 'machine-readable output')
  .action(async (o: { user?: string; json?: boolean }) =>
    (await commands.tokens()).tokensListCommand({ ...global(), ...o }),
  );

// Commander's own refusals (an unknown command or option, a missing argument) throw here instead of
// exiting with commander's 1: they are bad input like any other (2); --help still exits 0.
const throwOnUsage = (command: Command): void => {
  command.exitOverride();
  command.commands.forEach(throwOnUsage);
};
throwOnUsage(program);

try {
  const argv = process.argv.slice(2);
  if (argv.includes('votes') && (argv.includes('--help') || argv.includes('-h'))) {
    const data = argv[argv.indexOf('--data') + 1];
    bodiesHelp = await (
      await commands.votes()
    ).bodiesHelp({ data: argv.includes('--data') ? data : undefined, builtin: !argv.includes('--no-builtin') });
  }
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed what was wrong (or the help) already.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (isAccountError(error)) {
    console.error(`plenary: ${error.message}`);
    process.exitCode = error.code === 'NoSuchAccount' || error.code === 'NoSuchToken' ? 3 : 2;
  } else if (error instanceof NotFound) {
    console.error(`plenary: ${error.message}`);
    process.exitCode = 3;
  } else if (error instanceof UsageError || (importProblems !== undefined && error instanceof importProblems)) {
    console.error(`plenary: ${error.message}`);
    process.exitCode = 2;
  } else if (isStoreError(error)) {
    // Where the data lives is wrong or busy (the user's to fix: 2), or unreachable or damaged (1).
    console.error(`plenary: ${error.message}`);
    process.exitCode = error.kind === 'CannotConnect' || error.kind === 'Damaged' ? 1 : 2;
  } else if (isDomainError(error)) {
    console.error(`plenary: ${error.code}: ${error.message}`);
    // Every *NotFound (draft, amendment, vote, mandate) is "not found", 3; any other refusal is bad input, 2.
    process.exitCode = error.code.endsWith('NotFound') ? 3 : 2;
  } else {
    console.error(
      `plenary: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  }
}
