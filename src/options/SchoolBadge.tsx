import type { FieldState } from '../settings/merge';

/** Says who decides a setting, so a teacher is never left wondering why a box will not change. */
export function SchoolBadge({ field }: { field: FieldState }) {
  if (field.origin !== 'school' && !field.locked) return null;
  const text = field.locked
    ? field.origin === 'school'
      ? 'Set by your school'
      : 'Locked by your school'
    : 'Set by your school; you can add your own';
  return (
    <span className="school-badge" data-part="school-badge" data-locked={field.locked}>
      {text}
    </span>
  );
}
