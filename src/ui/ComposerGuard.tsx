import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { Store } from '../content/store';
import { shownFindings, worstSeverity, type ComposerView } from '../content/view';
import { Indicator, type IndicatorState } from './Indicator';
import type { Translator } from '../i18n/translator';
import { useT } from './i18n';
import { announcement, checkingOnlyAnnouncement, unavailableAnnouncement } from './labels';
import { Panel } from './Panel';
import { PrePostDialog } from './PrePostDialog';

interface Props {
  store: Store<ComposerView>;
  onTogglePanel(open: boolean): void;
  /** Escape: close the panel and go back to writing. */
  onDismiss(): void;
  onEdit(): void;
  onPostAnyway(): void;
}

/** Everything the extension shows for one composer: indicator, panel, pre-post dialog. */
export function ComposerGuard({ store, onTogglePanel, onDismiss, onEdit, onPostAnyway }: Props) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  const panelId = useId();
  const findings = shownFindings(view);
  const worst = worstSeverity(findings);
  const state = indicatorState(view);
  const t = useT();
  const spoken = useAnnouncement(t, view, findings.length, worst);
  return (
    <div
      className="guard"
      data-theme={view.theme}
      lang={t.lang}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && view.panelOpen && !view.dialog) onDismiss();
      }}
    >
      <Indicator state={state} checkingOnly={view.protection === 'checking-only'} count={findings.length} worst={worst} expanded={view.panelOpen} panelId={panelId} onToggle={() => onTogglePanel(!view.panelOpen)} />
      {view.panelOpen && (
        <Panel
          id={panelId}
          findings={findings}
          unavailableReason={view.check.kind === 'unavailable' ? view.check.reason : null}
          truncated={view.check.kind === 'checked' && view.check.truncated}
          status={view.status}
          checkingOnly={view.protection === 'checking-only'}
          submitKey={view.submitKey}
          placement={view.placement}
          takeFocus={view.panelFocus}
          onClose={() => onTogglePanel(false)}
        />
      )}
      {view.dialog && <PrePostDialog parts={view.dialog.parts} status={view.status} byKey={view.dialog.byKey === true} onEdit={onEdit} onPostAnyway={onPostAnyway} />}
      {/* Polite: a screen reader finishes what it is reading (the teacher's own typing) first. */}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {spoken}
      </div>
    </div>
  );
}

function indicatorState(view: ComposerView): IndicatorState {
  switch (view.check.kind) {
    case 'empty':
      return 'empty';
    case 'checking':
      return 'checking';
    case 'unavailable':
      return 'unavailable';
    case 'checked':
      return view.check.findings.length > 0 ? 'findings' : 'clean';
  }
}

/** Speaks a summary only when a finished check changes it, never on every keystroke. */
function useAnnouncement(t: Translator, view: ComposerView, count: number, worst: ReturnType<typeof worstSeverity>): string {
  const [spoken, setSpoken] = useState('');
  const last = useRef('');
  useEffect(() => {
    let next: string | null = null;
    if (view.check.kind === 'checked') next = announcement(t, count, worst);
    if (view.check.kind === 'checked' && view.protection === 'checking-only') next = `${next} ${checkingOnlyAnnouncement(t)}`;
    if (view.check.kind === 'unavailable') next = unavailableAnnouncement(t);
    if (next !== null && next !== last.current) {
      last.current = next;
      setSpoken(next);
    }
  }, [t, view.check, view.protection, count, worst]);
  return spoken;
}
