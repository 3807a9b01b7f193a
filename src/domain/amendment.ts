import { diffWords } from 'diff';
import { DomainError } from './errors.js';

/** A numbered paragraph of a draft: preambular "PP3", operative "OP5", "OP5bis" once inserted. */
export interface Paragraph {
  readonly id: string;
  readonly text: string;
}

/** What an amendment does to the text, as amendment documents state it. */
export type ParagraphOp =
  | { readonly op: 'replaceWords'; readonly paragraph: string; readonly find: string; readonly with: string }
  | { readonly op: 'deleteWords'; readonly paragraph: string; readonly find: string }
  | { readonly op: 'insertWords'; readonly paragraph: string; readonly after: string | null; readonly text: string }
  | { readonly op: 'insertParagraph'; readonly after: string | null; readonly id: string; readonly text: string }
  | { readonly op: 'deleteParagraph'; readonly paragraph: string }
  | { readonly op: 'replaceParagraph'; readonly paragraph: string; readonly text: string };

function fail(op: ParagraphOp, why: string): never {
  throw new DomainError('AmendmentDoesNotApply', `${op.op} on ${'paragraph' in op ? op.paragraph : op.id}: ${why}`, {
    op,
  });
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
}

function findOnce(op: ParagraphOp, text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) fail(op, `"${needle}" is not in the paragraph`);
  if (text.indexOf(needle, at + 1) >= 0) fail(op, `"${needle}" occurs more than once; the amendment is ambiguous`);
  return at;
}

function applyOne(paragraphs: readonly Paragraph[], op: ParagraphOp): Paragraph[] {
  if (op.op === 'insertParagraph') {
    if (paragraphs.some((p) => p.id === op.id)) fail(op, `paragraph ${op.id} already exists`);
    const index = op.after === null ? 0 : paragraphs.findIndex((p) => p.id === op.after) + 1;
    if (index === 0 && op.after !== null) fail(op, `no paragraph ${op.after} to insert after`);
    return [...paragraphs.slice(0, index), { id: op.id, text: op.text }, ...paragraphs.slice(index)];
  }
  const index = paragraphs.findIndex((p) => p.id === op.paragraph);
  if (index < 0) fail(op, `the draft has no paragraph ${op.paragraph}`);
  const { text } = paragraphs[index] as Paragraph;
  let next: string | null;
  switch (op.op) {
    case 'deleteParagraph':
      next = null;
      break;
    case 'replaceParagraph':
      next = op.text;
      break;
    case 'replaceWords': {
      const at = findOnce(op, text, op.find);
      next = text.slice(0, at) + op.with + text.slice(at + op.find.length);
      break;
    }
    case 'deleteWords': {
      const at = findOnce(op, text, op.find);
      next = text.slice(0, at) + text.slice(at + op.find.length);
      break;
    }
    case 'insertWords': {
      const at = op.after === null ? 0 : findOnce(op, text, op.after) + op.after.length;
      next = `${text.slice(0, at)} ${op.text} ${text.slice(at)}`;
      break;
    }
  }
  const copy = [...paragraphs];
  if (next === null) copy.splice(index, 1);
  else copy[index] = { id: op.paragraph, text: tidy(next) };
  return copy;
}

/**
 * Applies an amendment's operations, in order, to a draft's paragraphs. Pure: returns new paragraphs
 * or throws AmendmentDoesNotApply naming the operation that does not fit the text.
 */
export function applyAmendment(paragraphs: readonly Paragraph[], ops: readonly ParagraphOp[]): Paragraph[] {
  return ops.reduce<Paragraph[]>((text, op) => applyOne(text, op), [...paragraphs]);
}

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

export interface ParagraphDiff {
  readonly id: string;
  readonly change: 'unchanged' | 'changed' | 'added' | 'removed';
  readonly parts: readonly DiffPart[];
}

/** A word-level redline of `after` against `before`, paragraph by paragraph, in the order of `after` with removed paragraphs kept in place. */
export function diffParagraphs(before: readonly Paragraph[], after: readonly Paragraph[]): ParagraphDiff[] {
  const afterById = new Map(after.map((p) => [p.id, p]));
  const beforeIds = new Set(before.map((p) => p.id));
  const result: ParagraphDiff[] = [];
  let cursor = 0;
  // Paragraphs new in `after` are shown right after the paragraph they follow there.
  const emitAdded = () => {
    for (; cursor < after.length && !beforeIds.has((after[cursor] as Paragraph).id); cursor += 1) {
      const p = after[cursor] as Paragraph;
      result.push({ id: p.id, change: 'added', parts: [{ kind: 'added', text: p.text }] });
    }
  };
  emitAdded();
  for (const old of before) {
    const now = afterById.get(old.id);
    if (!now) {
      result.push({ id: old.id, change: 'removed', parts: [{ kind: 'removed', text: old.text }] });
      continue;
    }
    cursor = after.indexOf(now) + 1;
    if (now.text === old.text) {
      result.push({ id: old.id, change: 'unchanged', parts: [{ kind: 'same', text: old.text }] });
    } else {
      const parts = diffWords(old.text, now.text).map((c): DiffPart => ({
        kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
        text: c.value,
      }));
      result.push({ id: old.id, change: 'changed', parts });
    }
    emitAdded();
  }
  return result;
}
