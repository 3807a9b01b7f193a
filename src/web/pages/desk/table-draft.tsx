import { useState } from 'react';
import { Link } from 'wouter';
import { splitDraftText, type SplitProblem } from '../../../domain/paragraphs.js';
import { api, send } from '../../api.js';
import type { Session } from '../../api-schema.js';
import { draftHref } from '../../components/common.js';
import { ActionResult, field, useAction } from '../../live/forms.js';

interface Row {
  key: number;
  id: string;
  text: string;
}

export function TableDraftForm({ session }: { session: Session }) {
  const [action, run] = useAction();
  const [rows, setRows] = useState<Row[]>([
    { key: 0, id: 'PP1', text: '' },
    { key: 1, id: 'OP1', text: '' },
  ]);
  const [formKey, setFormKey] = useState(0);
  const [title, setTitle] = useState('');
  const [pasted, setPasted] = useState('');
  const [split, setSplit] = useState<{ count: string; problems: readonly SplitProblem[] } | null>(null);
  const splitPasted = () => {
    const result = splitDraftText(pasted);
    if (result.paragraphs.length) setRows(result.paragraphs.map((p, key) => ({ key, id: p.id, text: p.text })));
    if (result.title && !title) setTitle(result.title);
    const pp = result.paragraphs.filter((p) => p.id.startsWith('PP')).length;
    setSplit({
      count: result.paragraphs.length
        ? `${pp} preambular and ${result.paragraphs.length - pp} operative paragraphs found: check them below before tabling.`
        : 'No paragraph was found in the pasted text.',
      problems: result.problems,
    });
  };
  const update = (key: number, change: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <section aria-labelledby="table-draft">
      <h2 id="table-draft">Table a draft</h2>
      <p>
        In {session.body} session {session.session}. Your delegation is its main sponsor; the secretariat assigns its L
        symbol.
      </p>
      <div className="paste">
        <label htmlFor="draft-paste">Paste the whole text (from the L document or a word processor)</label>
        <textarea
          id="draft-paste"
          rows={6}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          aria-describedby="draft-paste-help"
        />
        <p id="draft-paste-help" className="muted">
          The heading (symbol, session, sponsors) is left out; the preambular paragraphs become PP1, PP2…, the operative
          ones keep their numbers (1. → OP1, 3 bis. → OP3bis).
        </p>
        <button type="button" disabled={!pasted.trim()} onClick={splitPasted}>
          Split into paragraphs
        </button>
        <div role="status" data-testid="split-result">
          {split ? (
            <>
              <p>{split.count}</p>
              {split.problems.length ? (
                <ul className="problems">
                  {split.problems.map((p) => (
                    <li key={`${p.line}-${p.message}`}>
                      Line {p.line}: {p.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
      <form
        key={formKey}
        className="stacked"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const paragraphs = rows.map((r) => ({ id: r.id.trim(), text: r.text.trim() })).filter((p) => p.id || p.text);
          const ok = await run(async () => {
            const { symbol } = await send((headers) =>
              api.POST('/api/v1/drafts', {
                body: {
                  body: session.body,
                  session: session.session,
                  title: title.trim(),
                  agendaItem: field(form, 'agendaItem') || null,
                  paragraphs,
                },
                headers,
              }),
            );
            return (
              <>
                Tabled as <Link href={draftHref(symbol)}>{symbol}</Link>.
              </>
            );
          });
          if (ok) {
            setRows([
              { key: 0, id: 'PP1', text: '' },
              { key: 1, id: 'OP1', text: '' },
            ]);
            setFormKey(formKey + 1);
            setTitle('');
            setPasted('');
            setSplit(null);
          }
        }}
      >
        <label htmlFor="draft-title">Title</label>
        <input
          id="draft-title"
          name="title"
          required
          maxLength={500}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor="draft-item">Agenda item</label>
        <input id="draft-item" name="agendaItem" maxLength={20} className="short" />
        <fieldset>
          <legend>Paragraphs</legend>
          {rows.map((r, i) => (
            <div className="paragraph-row" key={r.key}>
              <label htmlFor={`p-id-${r.key}`}>Paragraph {i + 1} number</label>
              <input
                id={`p-id-${r.key}`}
                value={r.id}
                onChange={(e) => update(r.key, { id: e.target.value })}
                className="short"
                required
              />
              <label htmlFor={`p-text-${r.key}`}>Paragraph {i + 1} text</label>
              <textarea
                id={`p-text-${r.key}`}
                value={r.text}
                onChange={(e) => update(r.key, { text: e.target.value })}
                rows={2}
                required
              />
              {rows.length > 1 ? (
                <button type="button" onClick={() => setRows(rows.filter((x) => x.key !== r.key))}>
                  Remove paragraph {i + 1}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            onClick={() => {
              const key = Math.max(...rows.map((r) => r.key)) + 1;
              setRows([...rows, { key, id: `OP${rows.filter((r) => r.id.startsWith('OP')).length + 1}`, text: '' }]);
              setTimeout(() => document.getElementById(`p-text-${key}`)?.focus(), 0);
            }}
          >
            Add a paragraph
          </button>
        </fieldset>
        <button type="submit" disabled={action.state === 'busy'}>
          Table the draft
        </button>
      </form>
      <ActionResult action={action} testId="table-result" focusDone />
    </section>
  );
}
