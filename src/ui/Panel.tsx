import { useEffect, useRef } from 'react';
import type { Finding } from '../engine/types';
import type { LocalText } from '../i18n/format';
import type { EngineStatus } from '../messages';
import { FindingList } from './FindingList';
import { useT } from './i18n';
import { countLabel, productName } from './labels';
import { StatusFooter } from './StatusFooter';
import type { Placement } from '../content/anchor';
import type { SubmitKey } from '../sites/types';

interface Props {
  id: string;
  findings: readonly Finding[];
  unavailableReason: LocalText | null;
  truncated: boolean;
  status: EngineStatus | null;
  /** A post from this composer cannot be held: the panel says what that means and what to do. */
  checkingOnly: boolean;
  submitKey: SubmitKey | null;
  placement: Placement;
  /** Opened from the keyboard: focus moves to the panel's first control. */
  takeFocus: boolean;
  onClose(): void;
}

/** The expanded list of what the draft might breach, with each clause quoted. */
export function Panel({ id, findings, unavailableReason, truncated, status, checkingOnly, submitKey, placement, takeFocus, onClose }: Props) {
  const t = useT();
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
      aria-label={productName(t)}
      lang={t.lang}
    >
      <header>
        <h2>{unavailableReason ? t.t('panel_unavailable_title') : findings.length === 0 ? t.t('panel_no_problems') : countLabel(t, findings.length)}</h2>
        <button ref={close} type="button" className="close" aria-label={t.t('panel_close')} onClick={onClose}>
          ×
        </button>
      </header>
      {unavailableReason && (
        <p className="unavailable" data-part="unavailable">
          {t.t('panel_unavailable', t.text(unavailableReason))}
        </p>
      )}
      {checkingOnly && !unavailableReason && (
        <div className="checking-only-note" data-part="checking-only" role="note">
          <h3>{t.t('panel_checking_only_title')}</h3>
          <p>{t.t('panel_checking_only')}</p>
          {submitKey && <p>{t.t(submitKey === 'enter' ? 'panel_checking_only_enter' : 'panel_checking_only_mod_enter')}</p>}
          <p>{t.t('panel_checking_only_it')}</p>
        </div>
      )}
      {findings.length > 0 && <FindingList findings={findings} />}
      {truncated && <p className="note">{t.t('panel_truncated')}</p>}
      <StatusFooter status={status} />
    </section>
  );
}
