import type { Severity } from '../engine/types';
import type { Translator } from '../i18n/translator';
import { useT } from './i18n';
import { countLabel, productName, severityLabel } from './labels';

export type IndicatorState = 'empty' | 'checking' | 'clean' | 'findings' | 'unavailable';

interface Props {
  state: IndicatorState;
  /** The draft is read but a post from this composer cannot be held: said in words, always. */
  checkingOnly: boolean;
  count: number;
  worst: Severity | null;
  expanded: boolean;
  panelId: string;
  onToggle(): void;
}

/**
 * The compact badge at the composer's corner: the number of findings and the worst severity, in
 * words as well as colour, and "Checking only: can't hold this post" when the extension reads the
 * draft but cannot hold its post (it never fails silently). It is a real button that opens the panel.
 */
export function Indicator({ state, checkingOnly, count, worst, expanded, panelId, onToggle }: Props) {
  const t = useT();
  const described = describe(t, state, count, worst);
  const { glyph } = described;
  const warning = checkingOnly && state !== 'empty' && state !== 'unavailable' ? t.t('indicator_checking_only_short') : '';
  const shown = [described.text, warning].filter((part) => part !== '').join(' · ');
  const label = warning ? `${described.label}; ${t.t('indicator_checking_only')}` : described.label;
  // The name begins with the words shown ("2 · High risk"), so a voice user can say what they see (WCAG 2.5.3).
  const name = shown ? t.t('indicator_label_visible', shown, productName(t), label) : t.t('indicator_label', productName(t), label);
  return (
    <button
      type="button"
      className="indicator"
      data-part="indicator"
      data-state={state}
      data-count={count}
      data-severity={worst ?? undefined}
      data-protection={warning ? 'checking-only' : undefined}
      aria-expanded={expanded}
      aria-controls={panelId}
      aria-label={name}
      title={name}
      onClick={onToggle}
    >
      <span className="glyph" aria-hidden="true">
        {glyph}
      </span>
      {described.text && <span className="text">{described.text}</span>}
      {warning && (
        <span className="checking-only" data-part="checking-only-badge">
          {warning}
        </span>
      )}
    </button>
  );
}

function describe(t: Translator, state: IndicatorState, count: number, worst: Severity | null): { glyph: string; text: string; label: string } {
  switch (state) {
    case 'empty':
      return { glyph: '◆', text: '', label: t.t('indicator_empty') };
    case 'checking':
      return { glyph: '…', text: count > 0 ? String(count) : '', label: t.t('indicator_checking') };
    case 'clean':
      return { glyph: '✓', text: '', label: t.t('indicator_clean') };
    case 'unavailable':
      return { glyph: '!', text: t.t('indicator_unavailable_short'), label: t.t('indicator_unavailable') };
    case 'findings': {
      const severity = severityLabel(t, worst ?? 'info');
      return { glyph: '!', text: t.t('indicator_findings_short', String(count), severity), label: t.t('indicator_findings', countLabel(t, count), severity) };
    }
  }
}
