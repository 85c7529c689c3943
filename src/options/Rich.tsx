import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements inside it (a command in `<code>`, a technical detail marked
 * as English). The message is formatted with MARK for each placeholder that is an element, then
 * split there, so the translation decides where the elements go.
 */
export const MARK = '\u0001';

export function Rich({ text, parts }: { text: string; parts: readonly ReactNode[] }) {
  const pieces = text.split(MARK);
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {piece}
          {i < pieces.length - 1 && parts[i]}
        </Fragment>
      ))}
    </>
  );
}

/** Words in English inside a sentence in the page's language: problems that name settings fields, errors from the browser. */
export function English({ children }: { children: ReactNode }) {
  return <span lang="en">{children}</span>;
}
