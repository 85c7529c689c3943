import type { RecognitionReport } from '../diagnostics';
import type { MessageKey } from '../i18n/catalogues';
import type { EngineStatus } from '../messages';
import { useT } from '../ui/i18n';
import type { Protection } from './protection';

/**
 * The teacher's answer to "is this tab protected?": the site recognised, the post boxes found,
 * whether checks are on here; then the school and policy in use, saying plainly when it is the
 * demo school because nothing is set up yet.
 */
export const SITE_NAMES: Record<RecognitionReport['site'], MessageKey> = {
  facebook: 'demo_site_facebook',
  instagram: 'demo_site_instagram',
  x: 'demo_site_x',
  linkedin: 'demo_site_linkedin',
};

export function ProtectionStatus({ protection }: { protection: Protection }) {
  const t = useT();
  const site = 'site' in protection ? t.t(SITE_NAMES[protection.site]) : '';
  const [headline, detail]: [string, string | null] = (() => {
    switch (protection.kind) {
      case 'asking':
        return [t.t('popup_loading'), null];
      case 'not-here':
        return [t.t('popup_status_not_here'), t.t('popup_status_not_here_detail')];
      case 'unreadable':
        return [t.t('popup_status_unreadable'), null];
      case 'off':
        return [t.t('popup_status_off', site), t.t('popup_status_off_detail')];
      case 'waiting':
        return [t.t('popup_status_protected', site), t.t('popup_status_no_boxes')];
      case 'protected':
        return [
          t.t('popup_status_protected', site),
          protection.checkingOnly > 0
            ? `${t.count('popup_status_boxes', protection.boxes)} ${t.count('popup_status_checking_only', protection.checkingOnly)}`
            : `${t.count('popup_status_boxes', protection.boxes)} ${t.t('popup_status_all_held')}`,
        ];
    }
  })();
  return (
    <section className="protection" data-part="protection" data-protection={protection.kind} aria-labelledby="protection-headline">
      <h2 id="protection-headline">
        <span className="mark" aria-hidden="true">
          {protection.kind === 'protected' || protection.kind === 'waiting' ? '✓' : protection.kind === 'asking' ? '…' : '!'}
        </span>{' '}
        {headline}
      </h2>
      {detail && <p data-part="protection-detail">{detail}</p>}
    </section>
  );
}

export function SchoolInUse({ status }: { status: EngineStatus | null | 'asking' }) {
  const t = useT();
  if (status === 'asking') return null;
  if (status === null)
    return (
      <p className="school" data-part="school-unknown">
        {t.t('popup_school_unknown')}
      </p>
    );
  return (
    <section className="school" data-part="school" data-source={status.source} aria-label={t.t('popup_school_heading')}>
      <dl>
        <dt>{t.t('popup_school_label')}</dt>
        <dd data-part="school-name">{status.schoolName}</dd>
        <dt>{t.t('popup_policy_label')}</dt>
        {/* Policies are named as the schools published them, in English. */}
        <dd data-part="policy-name" lang="en">
          {status.policyName}
        </dd>
      </dl>
      {status.source === 'demo' && (
        <p className="demo" data-part="demo-notice">
          {t.t('popup_demo_school')}
        </p>
      )}
      {status.managed && <p data-part="managed-notice">{t.t('status_managed')}</p>}
    </section>
  );
}
