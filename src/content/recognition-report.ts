import type { ComposerReport, RecognitionReport } from '../diagnostics';
import { controlNames } from '../sites/post-words';
import type { SiteAdapter } from '../sites/types';
import type { ComposerSession } from './composer-session';
import type { Recognition } from './find-composers';

/**
 * The school's IT view of one tab, built when the popup asks: every composer found (in use or
 * not), how it was recognised, and for those in use their post control and whether a post can be
 * held. Labels are the page's own, cut short; no draft text is ever in it.
 */
export function recognitionReport(
  site: SiteAdapter,
  enabled: boolean,
  structural: boolean,
  found: ReadonlyMap<HTMLElement, Recognition>,
  sessions: ReadonlyMap<HTMLElement, ComposerSession>,
): RecognitionReport {
  const editors = new Map<HTMLElement, Recognition>(found);
  // Boxes recognised only because the teacher typed in them are not found by a scan.
  for (const [editor, session] of sessions) if (!editors.has(editor)) editors.set(editor, session.recognition);
  const composers = [...editors].map(([editor, recognition]) => composerReport(editor, recognition, sessions.get(editor)));
  return { site: site.id, enabled, structural, composers };
}

function composerReport(editor: HTMLElement, recognition: Recognition, session: ComposerSession | undefined): ComposerReport {
  const control = session?.postControl() ?? null;
  return {
    id: recognition.id,
    editor: recognition.kind,
    editorLayer: recognition.layer,
    label: short(editor.getAttribute('aria-label') ?? editor.getAttribute('placeholder') ?? editor.getAttribute('data-placeholder') ?? ''),
    inUse: session !== undefined,
    control: control && { layer: control.layer, clue: control.clue, tieBreak: control.tieBreak, name: short(controlNames(control.element)[0] ?? '') },
    shortcut: recognition.submitKey ? { key: recognition.submitKey.key, layer: recognition.submitKey.layer } : null,
    protection: session ? session.store.get().protection : 'unknown',
  };
}

const short = (text: string) => (text.length > 100 ? `${text.slice(0, 99)}…` : text);
