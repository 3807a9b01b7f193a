import { Link } from 'wouter';
import { useApi } from '../../api.js';
import { Await, draftHref } from '../../components/common.js';
import { revisionSymbol, type DraftDetail } from './data.js';
import './desk.css';

/**
 * A draft as its L document looks, to print: the symbol, distribution and date at the top right;
 * the body, the session and the agenda item; the sponsors' line ending ": draft resolution"; the
 * title under the number the secretariat gives it; "The Human Rights Council," and the paragraphs,
 * preambular ones unnumbered with their first word in italics, operative ones numbered with theirs.
 * The text is the draft as revised (a written revision prints as Rev.1…). The print stylesheet
 * leaves the site's header, footer and this page's buttons off the paper.
 */
export function PrintPage({ symbol }: { symbol: string }) {
  const draft = useApi('/api/v1/drafts/{symbol}', { path: { symbol } });
  return <Await result={draft}>{(d) => <LDocument draft={d} />}</Await>;
}

const BODIES: Readonly<Record<string, string>> = {
  HRC: 'Human Rights Council',
  GA: 'General Assembly',
};

/** "Thirty-fourth", for session numbers 1–99 (special sessions and others as written). */
export function sessionOrdinal(session: string): string {
  const n = Number(session);
  if (!Number.isInteger(n) || n < 1 || n > 99) return `Session ${session}`;
  const units = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = [
    'tenth',
    'eleventh',
    'twelfth',
    'thirteenth',
    'fourteenth',
    'fifteenth',
    'sixteenth',
    'seventeenth',
    'eighteenth',
    'nineteenth',
  ];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const tensth = [
    '',
    '',
    'twentieth',
    'thirtieth',
    'fortieth',
    'fiftieth',
    'sixtieth',
    'seventieth',
    'eightieth',
    'ninetieth',
  ];
  const word =
    n < 10
      ? units[n]
      : n < 20
        ? teens[n - 10]
        : n % 10 === 0
          ? tensth[n / 10]
          : `${tens[Math.floor(n / 10)]}-${units[n % 10]}`;
  return `${(word ?? '').charAt(0).toUpperCase()}${(word ?? '').slice(1)}`;
}

/** "20 March 2017" from an ISO date-time (UTC), as UN documents write dates. */
function unDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The opening words UN texts set in italics: one word, or a phrase such as "Calls upon" or "Bearing in mind". */
const OPENING_WORDS =
  /^((?:Also |Further |Strongly |Once again |Deeply |Gravely |Seriously )?(?:Calls upon|Bearing in mind|Taking note(?: with \w+)?|Noting with \w+|Taking into account|\S+))(\s[\s\S]*)?$/;

/** A paragraph with its opening words in italics, as UN texts set them ("Recalling", "Calls upon"). */
function Opening({ text }: { text: string }) {
  const m = OPENING_WORDS.exec(text);
  if (!m) return <>{text}</>;
  return (
    <>
      <em>{m[1]}</em>
      {m[2] ?? ''}
    </>
  );
}

function LDocument({ draft }: { draft: DraftDetail }) {
  const written = draft.revisions.filter((r) => r.revision === 'written').length;
  const symbol = written ? revisionSymbol(draft.symbol, written) : draft.symbol;
  const text = draft.currentText ?? draft.paragraphs ?? [];
  const sponsors = draft.sponsors.list
    .filter((s) => !s.withdrawn)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((s) => s.name);
  const body = BODIES[draft.body] ?? draft.body;
  const session = /^\d+$/.test(draft.session) ? draft.session : '...';
  return (
    <>
      <p className="no-print print-actions">
        <Link href={draftHref(draft.symbol)}>Back to {draft.symbol}</Link>{' '}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <article className="l-doc" aria-label={`${symbol} as an L document`} data-testid="l-document">
        <header className="l-head">
          <div className="l-un">
            <span>United Nations</span>
            <span className="l-ga">General Assembly</span>
          </div>
          <dl className="l-meta">
            <dt className="visually-hidden">Symbol</dt>
            <dd className="l-symbol">{symbol}</dd>
            <dt className="visually-hidden">Distribution</dt>
            <dd>Distr.: Limited</dd>
            <dt className="visually-hidden">Date</dt>
            <dd>{unDate(draft.at)}</dd>
            <dt className="visually-hidden">Original</dt>
            <dd>Original: English</dd>
          </dl>
        </header>
        <p className="l-body">
          {body}
          <br />
          {sessionOrdinal(draft.session)} session
          {draft.agendaItem ? (
            <>
              <br />
              Agenda item {draft.agendaItem}
            </>
          ) : null}
        </p>
        <p className="l-sponsors">
          {sponsors.join(', ')}: draft{' '}
          {draft.paragraphs?.some((p) => p.id.startsWith('OP')) ? 'resolution' : 'decision'}
        </p>
        <h1 className="l-title">
          <span className="l-number">{session}/...</span> {draft.title}
        </h1>
        <p className="l-opening">The {body},</p>
        <ol className="l-paragraphs">
          {text.map((p) => {
            const op = /^OP(\d+\w*)/.exec(p.id);
            return (
              <li key={p.id} className={op ? 'l-op' : 'l-pp'} data-paragraph={p.id}>
                {op ? <span className="l-num">{op[1]}.</span> : null}
                <span className="l-text">
                  {p.text.split('\n').map((line, i) => (
                    <span key={i} className={i ? 'l-sub' : undefined}>
                      {i ? line : <Opening text={line} />}
                    </span>
                  ))}
                </span>
              </li>
            );
          })}
        </ol>
      </article>
    </>
  );
}
