import { DEMO_SETTINGS } from '../settings/demo';
import { useT } from '../ui/i18n';
import type { SettingsState } from './use-settings';

/**
 * The notices the settings page and the first-run setup both show under their heading: the stored
 * settings could not be checked (so the user knows the check may be off), and no school is set yet
 * (so the demo school is in use). One component, so the two pages say it the same way.
 */
export function SettingsNotices({ state }: { state: SettingsState }) {
  const t = useT();
  const { resolved } = state;
  return (
    <>
      {state.checkFailed && (
        <p className="error" data-part="check-failed" role="alert">
          {t.t('options_check_failed')}
        </p>
      )}
      {!resolved.settings && !resolved.merged.fields.schoolName.pending && (
        <p className="demo" data-part="demo-notice">
          {t.t('options_demo_notice', DEMO_SETTINGS.schoolName)}
        </p>
      )}
    </>
  );
}
