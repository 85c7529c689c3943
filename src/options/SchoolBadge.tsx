import type { FieldState } from '../settings/merge';
import { useT } from '../ui/i18n';

/** Says who decides a setting, so a teacher is never left wondering why a box will not change. */
export function SchoolBadge({ field }: { field: FieldState }) {
  const t = useT();
  if (field.pending) {
    // Drawn before it is known whether the school decides this setting (src/settings/quick-read.ts).
    return (
      <span className="school-badge" data-part="school-badge" data-pending="true">
        {t.t('options_badge_checking')}
      </span>
    );
  }
  if (field.origin !== 'school' && !field.locked) return null;
  const key = field.locked ? (field.origin === 'school' ? 'options_badge_set' : 'options_badge_locked') : 'options_badge_may_add';
  return (
    <span className="school-badge" data-part="school-badge" data-locked={field.locked}>
      {t.t(key)}
    </span>
  );
}
