import { useEffect, useId, useRef } from 'react';
import type { DialogPart } from '../content/view';
import type { EngineStatus } from '../messages';
import { FindingList } from './FindingList';
import { useT } from './i18n';
import { productName } from './labels';
import { keyInKeyOpenedDialog } from './typing-ahead';

interface Props {
  parts: readonly DialogPart[];
  status: EngineStatus | null;
  /** A key press opened it: keys typed ahead are the draft's, never the dialog's (typing-ahead.ts). */
  byKey?: boolean;
  onEdit(): void;
  onPostAnyway(): void;
}

/**
 * Shown when the teacher posts a draft with a warning or high finding. A modal `<dialog>` puts it
 * in the browser's top layer (above any site's own modal), traps focus and makes the page inert
 * while it is open. "Edit post" is the default and Escape means the same.
 */
export function PrePostDialog({ parts, status, byKey = false, onEdit, onPostAnyway }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first focusable element, which may be a clause's <summary>: the safe choice goes first.
    editRef.current?.focus();
    if (!dialog || !byKey) return () => dialog?.close();
    const openedAt = performance.now();
    let armed = true;
    /** Keys whose press the dialog saw: the release of any other (a Space pressed in the editor) must not activate a button. */
    const pressedHere = new Set<string>();
    const onKeyDown = (event: KeyboardEvent) => {
      if (!armed) return;
      const verdict = keyInKeyOpenedDialog({ key: event.key, repeat: event.repeat, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, shiftKey: event.shiftKey, altGraph: event.getModifierState?.('AltGraph') ?? false }, performance.now() - openedAt);
      if (verdict === 'dialog') {
        // Moving within the dialog (Tab) is deliberate: from now on every key is the dialog's.
        if (event.key === 'Tab') armed = false;
        pressedHere.add(event.key);
        return;
      }
      if (verdict === 'ignore') {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      // Back to the draft, synchronously: the focus is in the editor again before the browser
      // inserts the key's character, so the character lands there. Not prevented.
      armed = false;
      finish(onEdit);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (armed && !pressedHere.has(event.key) && (event.key === ' ' || event.key === 'Enter')) event.preventDefault();
      pressedHere.delete(event.key);
    };
    dialog.addEventListener('keydown', onKeyDown, { capture: true });
    dialog.addEventListener('keyup', onKeyUp, { capture: true });
    return () => {
      dialog.removeEventListener('keydown', onKeyDown, { capture: true });
      dialog.removeEventListener('keyup', onKeyUp, { capture: true });
      dialog.close();
    };
  }, []);
  // Close first: closing a modal dialog hands focus back to whatever had it before (the Post
  // button), and the editor must be the one that ends up focused after "Edit post".
  const finish = (choice: () => void) => {
    ref.current?.close();
    choice();
  };
  const total = parts.reduce((sum, part) => sum + part.findings.length, 0);
  return (
    <dialog
      ref={ref}
      className="prepost"
      role="alertdialog"
      lang={t.lang}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        event.preventDefault();
        finish(onEdit);
      }}
    >
      <h2 id={titleId}>{t.t('dialog_title')}</h2>
      <p id={descriptionId}>{t.count('dialog_description', total, productName(t))}</p>
      {status && (
        <p className="source" data-source={status.source}>
          {status.source === 'demo' ? t.t('dialog_source_demo', status.schoolName, status.policyName) : t.t('dialog_source', status.policyName)}
        </p>
      )}
      <div className="dialog-findings">
        {parts.map((part, index) => (
          <section key={index}>
            {part.position && <h3>{t.t('dialog_part', String(part.position.index), String(part.position.total))}</h3>}
            <FindingList findings={part.findings} />
          </section>
        ))}
      </div>
      <div className="actions">
        <button ref={editRef} type="button" data-action="edit" className="primary" onClick={() => finish(onEdit)}>
          {t.t('dialog_edit')}
        </button>
        <button type="button" data-action="post-anyway" className="secondary" onClick={() => finish(onPostAnyway)}>
          {t.t('dialog_post_anyway')}
        </button>
      </div>
    </dialog>
  );
}
