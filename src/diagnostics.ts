import type { EditorLayer, SiteId, SubmitKey } from './sites/types';

/**
 * What the content script recognised on a tab, for the school's IT: each composer, by which layer
 * it was recognised, its post control and shortcut and by which layer, and whether a post from it
 * can be held. Asked for by the toolbar popup (`tabs.sendMessage`), answered from the page, and
 * never sent anywhere else. It carries no draft text: only the page's own labels, to tell the
 * boxes and buttons apart. (The popup checks an answer against src/popup/report-schema.ts.)
 */

export const DIAGNOSTICS_REQUEST = { type: 'diagnostics' } as const;

export type ControlClue = 'selector' | 'submit-button' | 'follows-draft' | 'appears-with-draft' | 'form-button' | 'words' | 'emphasis';
export type TieBreak = 'words' | 'nearest' | 'text' | 'last';

export interface ComposerReport {
  /** The site spec's id, or `<site>-<editor kind>`. */
  readonly id: string;
  /** The editor library or element: lexical, draft, quill, prosemirror, textarea, contenteditable, input. */
  readonly editor: string;
  readonly editorLayer: EditorLayer;
  /** The editor's own label (aria-label or placeholder), as the page shows it. */
  readonly label: string;
  /** A composer the teacher is writing in (focused, or holding a draft); its controls are only looked for then. */
  readonly inUse: boolean;
  readonly control: { readonly layer: 'site' | 'structure'; readonly clue: ControlClue; readonly tieBreak: TieBreak | null; readonly name: string } | null;
  readonly shortcut: { readonly key: SubmitKey; readonly layer: 'site' | 'structure' } | null;
  readonly protection: 'unknown' | 'held' | 'checking-only';
}

export interface RecognitionReport {
  readonly site: SiteId;
  /** The checks are on for this site (the teacher or the school can switch a site off). */
  readonly enabled: boolean;
  /** Whether the structural layer runs in this build (off only in the `site-only` build, for measuring). */
  readonly structural: boolean;
  readonly composers: readonly ComposerReport[];
}
