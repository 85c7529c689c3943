import { useRef } from 'react';
import { useT } from '../ui/i18n';

/**
 * A file input with a button in the page's language. The browser draws its own file input in the
 * browser's language ("Choose File", "No file chosen"), which is not always the teacher's choice
 * here. The input stays in the page, visually hidden, so its label still names it; the button
 * opens it, and is described by the same label and hint.
 */
interface Props {
  id: string;
  accept: string;
  /** The ids of the field's label and hint, which describe the button. */
  describedBy: string;
  part?: string;
  onFile(file: File | undefined): Promise<void>;
}

export function FileButton({ id, accept, describedBy, part, onFile }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={accept}
        data-part={part}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared at once, so choosing the same file again (after fixing it) is a change too.
          event.target.value = '';
          void onFile(file);
        }}
      />
      <button type="button" className="file-button" aria-describedby={describedBy} onClick={() => input.current?.click()}>
        {t.t('options_choose_file')}
      </button>
    </>
  );
}
