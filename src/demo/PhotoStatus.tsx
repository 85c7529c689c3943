import { useT } from '../ui/i18n';
import type { PhotoCredit } from './photos/credits';
import type { PhotoCheckState } from './photos/photo-host';

/**
 * Under a scenario's post: what the photo check is doing with its photo (loading its models,
 * done, or off and why, said plainly), and whose photo it is, under which licence, with where it
 * comes from a click away. Announced politely, so a screen reader hears when the check finishes.
 */
export function PhotoStatus({ state }: { state: PhotoCheckState }) {
  const t = useT();
  const credit = state.kind === 'no-extension' ? null : state.credit;
  return (
    <div className="photo-check" data-part="photo-check" data-state={state.kind}>
      <p className={`photo-status ${state.kind}`} role="status">
        {state.kind === 'no-extension' && t.t('demo_photo_web')}
        {state.kind === 'checking' && t.t('demo_photo_checking')}
        {state.kind === 'done' && t.t('demo_photo_checked')}
        {state.kind === 'off' && t.t('demo_photo_off', state.reason)}
      </p>
      {credit && <Credit credit={credit} />}
    </div>
  );
}

function Credit({ credit }: { credit: PhotoCredit }) {
  const t = useT();
  const licence = credit.licence === 'Public domain' ? t.t('demo_licence_public_domain') : credit.licence;
  return (
    <div className="photo-credit" data-part="photo-credit" data-licence={credit.licence}>
      <p>
        {t.t('demo_photo_credit', credit.credit, licence)}
        {credit.licenceUrl && (
          <>
            {' '}
            <span className="licence-url">{credit.licenceUrl}</span>
          </>
        )}
        {credit.attributionRequired && <> {t.t('demo_photo_attribution_required')}</>}
      </p>
      <details>
        <summary>{t.t('demo_photo_source_label')}</summary>
        {/* The manifest's own words, in English as it was written. */}
        <p lang="en" data-part="photo-source">
          {credit.source}. {credit.licenceStatement}
        </p>
      </details>
    </div>
  );
}
