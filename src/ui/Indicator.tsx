import type { Severity } from '../engine/types';
import { PRODUCT_NAME, SEVERITY_LABELS, countLabel } from './labels';

export type IndicatorState = 'empty' | 'checking' | 'clean' | 'findings' | 'unavailable';

interface Props {
  state: IndicatorState;
  count: number;
  worst: Severity | null;
  expanded: boolean;
  panelId: string;
  onToggle(): void;
}

/**
 * The compact badge at the composer's corner: the number of findings and the worst severity, in
 * words as well as colour. It is a real button that opens the panel.
 */
export function Indicator({ state, count, worst, expanded, panelId, onToggle }: Props) {
  const { glyph, text, label } = describe(state, count, worst);
  return (
    <button
      type="button"
      className="indicator"
      data-part="indicator"
      data-state={state}
      data-count={count}
      data-severity={worst ?? undefined}
      aria-expanded={expanded}
      aria-controls={panelId}
      aria-label={`${PRODUCT_NAME}: ${label}`}
      title={`${PRODUCT_NAME}: ${label}`}
      onClick={onToggle}
    >
      <span className="glyph" aria-hidden="true">
        {glyph}
      </span>
      {text && <span className="text">{text}</span>}
    </button>
  );
}

function describe(state: IndicatorState, count: number, worst: Severity | null): { glyph: string; text: string; label: string } {
  switch (state) {
    case 'empty':
      return { glyph: '◆', text: '', label: 'on; nothing to check yet' };
    case 'checking':
      return { glyph: '…', text: count > 0 ? String(count) : '', label: 'checking the draft' };
    case 'clean':
      return { glyph: '✓', text: '', label: 'no problems found' };
    case 'unavailable':
      return { glyph: '!', text: 'Check off', label: 'the check is unavailable; your post will not be checked' };
    case 'findings':
      return { glyph: '!', text: `${count} · ${SEVERITY_LABELS[worst ?? 'info']}`, label: `${countLabel(count)}, the most serious: ${SEVERITY_LABELS[worst ?? 'info']}` };
  }
}
