import { Command, Option } from 'commander';
import { isDomainError } from '../domain/errors.js';
import { isStoreError } from '../store/store-error.js';
import { exportCommand } from './commands/export.js';
import { importCommand, ImportProblems } from './commands/import.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { verifyCommand } from './commands/verify.js';
import { votesCommand } from './commands/votes.js';
import { UsageError } from './errors.js';

// `plenary votes | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command()
  .name('plenary')
  .description('The record of the UN Human Rights Council: drafts, sponsors, amendments, votes, mandates, each fact tied to its source.')
  .addOption(new Option('--data <dir>', 'embedded database directory (env PLENARY_DATA; default ./plenary-data; DATABASE_URL selects a PostgreSQL server instead)'))
  .option('--json', 'machine-readable output')
  .showHelpAfterError();

const global = () => program.opts<{ data?: string; json?: boolean }>();

program.command('show').argument('<symbol>', 'a draft (A/HRC/34/L.5), amendment (A/HRC/34/L.42) or resolution (34/5, A/HRC/RES/34/5)')
  .description('a draft, amendment or resolution: sponsors, amendments and their fate, votes, outcome, mandate effects')
  .option('--session <n>', 'session for a bare L number (L.5)')
  .option('--json', 'machine-readable output')
  .action((symbol: string, o: { session?: string; json?: boolean }) => showCommand(symbol, { ...global(), ...o }));

program.command('votes').description('recorded votes, with per-group breakdowns')
  .option('--body <code>', 'HRC, UNGA, UNSC').option('--session <n>', 'session number').option('--subject <symbol>', 'the draft or amendment voted on')
  .option('--state <iso3>', 'votes in which this State cast a ballot', (v: string) => v.toUpperCase())
  .option('--json', 'machine-readable output')
  .action((o: Record<string, string | boolean>) => votesCommand({ ...global(), ...o }));

program.command('import').argument('<format>', 'text | undl | unvotes | json').argument('<files...>', 'files to import')
  .description('import records; on any problem nothing is imported')
  .option('--body <code>', 'body the text is about (text; default HRC)').option('--session <n>', 'session (text)').option('--date <YYYY-MM-DD>', 'date of the meeting (text)')
  .option('--subject <symbol>', 'the draft a text is about when it does not name it (text)')
  .option('--json', 'machine-readable output')
  .action((format: string, files: string[], o: Record<string, string | boolean>) => importCommand(format, files, { ...global(), ...o }));

program.command('export').description('the whole record: json (the journal, re-importable) or csv (one row per ballot)')
  .option('--format <fmt>', 'json | csv', 'json').option('-o, --output <file>', 'write to a file instead of stdout')
  .action((o: { format?: string; output?: string }) => exportCommand({ ...global(), ...o }));

program.command('verify').description('check the journal: has any act been altered or removed, does every derived table match the acts?')
  .option('--expect-head <seq:hash>', 'a head printed earlier: fail unless act SEQ still has that hash')
  .option('--json', 'machine-readable output')
  .action((o: { json?: boolean; expectHead?: string }) => verifyCommand({ ...global(), ...o }));

program.command('serve').description('serve the web app and the API (on the embedded database unless DATABASE_URL is set)')
  .option('--port <n>', 'port', '8080').option('--host <addr>', 'address to listen on', '127.0.0.1')
  .action((o: { port?: string; host?: string }) => serveCommand({ ...global(), ...o }));

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof ImportProblems || error instanceof UsageError) {
    console.error(`plenary: ${error.message}`);
    process.exitCode = 2;
  } else if (isStoreError(error)) {
    // Where the data lives is wrong or busy (the user's to fix: 2), or unreachable or damaged (1).
    console.error(`plenary: ${error.message}`);
    process.exitCode = error.kind === 'CannotConnect' || error.kind === 'Damaged' ? 1 : 2;
  } else if (isDomainError(error)) {
    console.error(`plenary: ${error.code}: ${error.message}`);
    process.exitCode = error.code === 'DraftNotFound' || error.code === 'AmendmentNotFound' ? 3 : 2;
  } else {
    console.error(`plenary: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  }
}
