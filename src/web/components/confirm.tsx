import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** What to ask: the decision spelled out ("This decides A/HRC/62/L.1: no action."), and the button's words. */
export interface Question {
  readonly decision: ReactNode;
  readonly detail?: ReactNode;
  readonly confirm: string;
}

/**
 * A confirmation before an act that decides a text: a modal dialog (the browser's own, so focus
 * stays in it and Escape goes back) that spells out the decision, with Confirm and Go back.
 * `ask` resolves true once confirmed, false when the user goes back.
 *
 * @example
 *   const [dialog, ask] = useConfirm();
 *   if (await ask({ decision: <>This decides {symbol}: no action.</>, confirm: 'Confirm: no action' })) submit();
 *   return <>{form}{dialog}</>;
 */
export function useConfirm(): [ReactNode, (question: Question) => Promise<boolean>] {
  const [open, setOpen] = useState<{ question: Question; answer: (yes: boolean) => void } | null>(null);
  const ask = (question: Question) =>
    new Promise<boolean>((resolve) =>
      setOpen({
        question,
        answer: (yes) => {
          setOpen(null);
          resolve(yes);
        },
      }),
    );
  return [open ? <ConfirmDialog question={open.question} answer={open.answer} /> : null, ask];
}

function ConfirmDialog({ question, answer }: { question: Question; answer: (yes: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-decision`}
      aria-describedby={question.detail ? `${id}-detail` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
    >
      <p id={`${id}-decision`} className="decision">
        {question.decision}
      </p>
      {question.detail ? <p id={`${id}-detail`}>{question.detail}</p> : null}
      <div className="buttons">
        {/* The safe answer first, and focused: Enter alone never decides a text. */}
        <button type="button" autoFocus onClick={() => answer(false)}>
          Go back
        </button>
        <button type="button" className="primary" onClick={() => answer(true)}>
          {question.confirm}
        </button>
      </div>
    </dialog>
  );
}
