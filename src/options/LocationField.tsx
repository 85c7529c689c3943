import { useEffect, useId, useRef, useState } from 'react';
import type { FieldState } from '../settings/merge';
import { DEFAULT_RADIUS_METRES } from '../settings/names';
import type { SchoolLocation } from '../settings/school-location';
import { useT } from '../ui/i18n';
import { SchoolBadge } from './SchoolBadge';

/**
 * Where the school is, for the photo check: a photo whose GPS tags fall within the radius was
 * taken at school. Typed as "latitude, longitude", the way a map app copies a place (right-click
 * in most of them), so nobody has to split the numbers by hand.
 */
interface Props {
  value: { lat: number; lon: number; radiusMetres?: number | undefined } | undefined;
  field: FieldState;
  save(value: SchoolLocation | undefined): Promise<void>;
}

type Problem = 'format' | 'range' | 'radius';

export function LocationField({ value, field, save }: Props) {
  const id = useId();
  const t = useT();
  const [point, setPoint] = useState(value ? `${value.lat}, ${value.lon}` : '');
  const [radius, setRadius] = useState(String(value?.radiusMetres ?? DEFAULT_RADIUS_METRES));
  const [problem, setProblem] = useState<Problem | null>(null);
  const group = useRef<HTMLDivElement>(null);
  // A change saved elsewhere (or by the school) shows here, but never over what is being typed:
  // saving the first box must not reset the second while the teacher is in it.
  useEffect(() => {
    if (group.current?.contains(document.activeElement)) return;
    setPoint(value ? `${value.lat}, ${value.lon}` : '');
    setRadius(String(value?.radiusMetres ?? DEFAULT_RADIUS_METRES));
  }, [value]);

  const commit = async () => {
    if (point.trim() === '') {
      setProblem(null);
      if (value) await save(undefined);
      return;
    }
    const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(point);
    if (!match) return setProblem('format');
    // The schema loads when a place is first saved, not before the page is drawn.
    const { SchoolLocationSchema } = await import('../settings/school-location');
    const parsed = SchoolLocationSchema.safeParse({ lat: Number(match[1]), lon: Number(match[2]), radiusMetres: Number(radius) });
    if (!parsed.success) return setProblem(parsed.error.issues.some((issue) => issue.path[0] === 'radiusMetres') ? 'radius' : 'range');
    setProblem(null);
    if (parsed.data.lat !== value?.lat || parsed.data.lon !== value?.lon || parsed.data.radiusMetres !== value?.radiusMetres) await save(parsed.data);
  };

  const message = problem ? t.t(problem === 'format' ? 'options_location_error_format' : problem === 'range' ? 'options_location_error_range' : 'options_location_error_radius') : null;
  return (
    <div className="field location" data-part="school-location" ref={group}>
      <label htmlFor={`${id}-point`}>
        {t.t('options_location_label')} <SchoolBadge field={field} />
      </label>
      <input
        id={`${id}-point`}
        type="text"
        inputMode="decimal"
        value={point}
        readOnly={field.locked}
        placeholder="51.4147, -3.2577"
        aria-invalid={problem !== null}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setPoint(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit();
        }}
      />
      <label htmlFor={`${id}-radius`}>{t.t('options_location_radius_label')}</label>
      <input
        id={`${id}-radius`}
        type="number"
        min={1}
        max={50000}
        step={10}
        value={radius}
        readOnly={field.locked}
        onChange={(event) => setRadius(event.target.value)}
        onBlur={() => void commit()}
      />
      <p id={`${id}-hint`} className={message ? 'error' : 'hint'} role={message ? 'alert' : undefined} data-part={message ? 'location-error' : undefined}>
        {message ?? t.t('options_location_hint')}
      </p>
    </div>
  );
}
