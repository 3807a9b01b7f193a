import { useId, useState } from 'react';
import { applyAmendment, diffParagraphs, type Paragraph, type ParagraphOp } from '../../domain/amendment.js';
import { describeOp } from '../components/history.js';
import { Redline } from '../pages/draft.js';

type OpKind = ParagraphOp['op'];

const KINDS: ReadonlyArray<readonly [OpKind, string]> = [
  ['replaceWords', 'Replace words'],
  ['deleteWords', 'Delete words'],
  ['insertWords', 'Insert words'],
  ['insertParagraph', 'Insert a paragraph'],
  ['replaceParagraph', 'Replace a paragraph'],
  ['deleteParagraph', 'Delete a paragraph'],
];

interface Fields {
  kind: OpKind;
  paragraph: string;
  find: string;
  replacement: string;
  after: string;
  id: string;
  text: string;
}

/** The operation the fields describe, or null while a field it needs is empty. */
function opOf(f: Fields): ParagraphOp | null {
  switch (f.kind) {
    case 'replaceWords':
      return f.paragraph && f.find
        ? { op: 'replaceWords', paragraph: f.paragraph, find: f.find, with: f.replacement }
        : null;
    case 'deleteWords':
      return f.paragraph && f.find ? { op: 'deleteWords', paragraph: f.paragraph, find: f.find } : null;
    case 'insertWords':
      return f.paragraph && f.text
        ? { op: 'insertWords', paragraph: f.paragraph, after: f.after || null, text: f.text }
        : null;
    case 'insertParagraph':
      return f.id && f.text ? { op: 'insertParagraph', after: f.after || null, id: f.id, text: f.text } : null;
    case 'replaceParagraph':
      return f.paragraph && f.text ? { op: 'replaceParagraph', paragraph: f.paragraph, text: f.text } : null;
    case 'deleteParagraph':
      return f.paragraph ? { op: 'deleteParagraph', paragraph: f.paragraph } : null;
  }
}

type Applied = { ok: true; text: Paragraph[] } | { ok: false; why: string };

function tryApply(base: readonly Paragraph[], ops: readonly ParagraphOp[]): Applied {
  try {
    return { ok: true, text: applyAmendment(base, ops) };
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
}

const EMPTY: Fields = { kind: 'replaceWords', paragraph: '', find: '', replacement: '', after: '', id: '', text: '' };

/**
 * Builds paragraph operations (as the domain's ParagraphOp has them) against a draft's text and
 * shows the text as amended, insertions and deletions marked, as each field is typed: the
 * operation being written is previewed before it is added, with the reason when it does not fit
 * the text. Applying and diffing are the domain's pure helpers, the same the API uses.
 */
export function OperationsEditor({
  base,
  ops,
  onChange,
}: {
  base: readonly Paragraph[];
  ops: readonly ParagraphOp[];
  onChange: (ops: ParagraphOp[]) => void;
}) {
  const uid = useId();
  const [f, setF] = useState<Fields>(EMPTY);
  const [refusal, setRefusal] = useState<string | null>(null);
  const set = (changes: Partial<Fields>) => (setRefusal(null), setF((old) => ({ ...old, ...changes })));
  const added = tryApply(base, ops);
  const current = added.ok ? added.text : [...base];
  const pending = opOf(f);
  const withPending = pending && added.ok ? tryApply(base, [...ops, pending]) : null;
  const shown = withPending?.ok ? withPending.text : current;
  const diff = diffParagraphs(base, shown);
  const counts = {
    changed: diff.filter((d) => d.change === 'changed').length,
    added: diff.filter((d) => d.change === 'added').length,
    removed: diff.filter((d) => d.change === 'removed').length,
  };
  const ids = current.map((p) => p.id);
  const needsParagraph = f.kind !== 'insertParagraph';
  const add = () => {
    if (!pending) return setRefusal('Fill in the fields of the operation first.');
    const result = tryApply(base, [...ops, pending]);
    if (!result.ok) return setRefusal(`This operation does not fit the text: ${result.why}`);
    onChange([...ops, pending]);
    setF({ ...EMPTY, kind: f.kind, paragraph: f.paragraph });
  };
  return (
    <div className="ops-editor">
      <fieldset>
        <legend>Add an operation</legend>
        <div className="fields">
          <label htmlFor={`${uid}-kind`}>Operation</label>
          <select id={`${uid}-kind`} value={f.kind} onChange={(e) => set({ kind: e.target.value as OpKind })}>
            {KINDS.map(([k, name]) => (
              <option key={k} value={k}>
                {name}
              </option>
            ))}
          </select>
          {needsParagraph ? (
            <>
              <label htmlFor={`${uid}-paragraph`}>Paragraph</label>
              <select id={`${uid}-paragraph`} value={f.paragraph} onChange={(e) => set({ paragraph: e.target.value })}>
                <option value="">Choose…</option>
                {ids.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <>
              <label htmlFor={`${uid}-after-para`}>After paragraph</label>
              <select id={`${uid}-after-para`} value={f.after} onChange={(e) => set({ after: e.target.value })}>
                <option value="">At the start</option>
                {ids.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
              <label htmlFor={`${uid}-id`}>New paragraph's number</label>
              <input
                id={`${uid}-id`}
                value={f.id}
                onChange={(e) => set({ id: e.target.value.trim() })}
                placeholder="PP1bis"
              />
            </>
          )}
          {f.kind === 'replaceWords' || f.kind === 'deleteWords' ? (
            <>
              <label htmlFor={`${uid}-find`}>Words in the paragraph</label>
              <input
                id={`${uid}-find`}
                value={f.find}
                onChange={(e) => set({ find: e.target.value })}
                aria-describedby={`${uid}-find-hint`}
              />
              <small id={`${uid}-find-hint`} className="hint">
                Exactly as in the text, occurring once.
              </small>
            </>
          ) : null}
          {f.kind === 'replaceWords' ? (
            <>
              <label htmlFor={`${uid}-with`}>Replace them with</label>
              <input id={`${uid}-with`} value={f.replacement} onChange={(e) => set({ replacement: e.target.value })} />
            </>
          ) : null}
          {f.kind === 'insertWords' ? (
            <>
              <label htmlFor={`${uid}-after`}>After the words</label>
              <input
                id={`${uid}-after`}
                value={f.after}
                onChange={(e) => set({ after: e.target.value })}
                aria-describedby={`${uid}-after-hint`}
              />
              <small id={`${uid}-after-hint`} className="hint">
                Leave empty to insert at the start of the paragraph.
              </small>
            </>
          ) : null}
          {f.kind === 'insertWords' || f.kind === 'insertParagraph' || f.kind === 'replaceParagraph' ? (
            <>
              <label htmlFor={`${uid}-text`}>
                {f.kind === 'insertWords' ? 'Words to insert' : 'Text of the paragraph'}
              </label>
              <textarea id={`${uid}-text`} value={f.text} rows={3} onChange={(e) => set({ text: e.target.value })} />
            </>
          ) : null}
        </div>
        <button type="button" onClick={add}>
          Add operation
        </button>
        <p role="alert" className={refusal ? 'problem' : 'empty'}>
          {refusal ?? ''}
        </p>
      </fieldset>

      <h3 id={`${uid}-ops`}>Operations ({ops.length})</h3>
      {ops.length ? (
        <ol aria-labelledby={`${uid}-ops`} className="ops" data-testid="operations">
          {ops.map((op, i) => (
            <li key={i}>
              {describeOp(op)}{' '}
              <button
                type="button"
                aria-label={`Remove operation ${i + 1}: ${describeOp(op)}`}
                onClick={() => onChange(ops.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p>None yet: add one above.</p>
      )}

      <section aria-labelledby={`${uid}-preview`} className="preview">
        <h3 id={`${uid}-preview`}>The text as amended</h3>
        <p role="status" data-testid="redline-summary">
          {counts.changed + counts.added + counts.removed === 0
            ? 'No change to the text yet.'
            : `${counts.changed} paragraph${counts.changed === 1 ? '' : 's'} changed, ${counts.added} added, ${counts.removed} deleted${withPending?.ok ? ' (with the operation being written)' : ''}.`}
        </p>
        {withPending && !withPending.ok ? (
          <p className="problem" data-testid="pending-problem">
            The operation being written does not fit the text: {withPending.why}
          </p>
        ) : null}
        {!added.ok ? <p className="problem">The operations do not fit the text any more: {added.why}</p> : null}
        <div data-testid="redline">
          <Redline diff={diff} />
        </div>
      </section>
    </div>
  );
}
