import { useEffect, useRef } from 'react';
import type { Finding } from '../engine/types';
import type { EngineStatus } from '../messages';
import { FindingList } from './FindingList';
import { PRODUCT_NAME, countLabel } from './labels';
import { StatusFooter } from './StatusFooter';
import type { Placement } from '../content/anchor';

interface Props {
  id: string;
  findings: readonly Finding[];
  unavailableReason: string | null;
  truncated: boolean;
  status: EngineStatus | null;
  placement: Placement;
  /** Opened from the keyboard: focus moves to the panel's first control. */
  takeFocus: boolean;
  onClose(): void;
}

/** The expanded list of what the draft might breach, with each clause quoted. */
export function Panel({ id, findings, unavailableReason, truncated, status, placement, takeFocus, onClose }: Props) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) close.current?.focus();
  }, [takeFocus]);
  return (
    <section
      id={id}
      className="panel"
      data-part="panel"
      data-placement={placement.side}
      style={{ maxHeight: Math.min(520, placement.room) }}
      aria-label={PRODUCT_NAME}
    >
      <header>
        <h2>{unavailableReason ? 'Check unavailable' : findings.length === 0 ? 'No problems found' : countLabel(findings.length)}</h2>
        <button ref={close} type="button" className="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {unavailableReason && (
        <p className="unavailable" data-part="unavailable">
          The check is unavailable, so this draft is not being checked and posting is not held: {unavailableReason}.
        </p>
      )}
      {findings.length > 0 && <FindingList findings={findings} />}
      {truncated && <p className="note">This draft is very long: only its first million characters were checked.</p>}
      <StatusFooter status={status} />
    </section>
  );
}
