import type { Category, Severity } from '../engine/types';

/**
 * The words the in-page panel and dialog use, in one place so the Welsh translation (and the
 * options page and induction demo, which show findings the same way) have a single source.
 */
export const CATEGORY_LABELS: Record<Category, string> = {
  'school-name': 'School named',
  'pupil-name': 'Pupil named',
  'pupil-image': 'Photo of pupils',
  derogatory: 'Derogatory language',
  confidential: 'Confidential matter',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  high: 'High risk',
  warning: 'Warning',
  info: 'For information',
};

export const PRODUCT_NAME = 'School Post Guardrail';

export function countLabel(count: number): string {
  return count === 1 ? '1 possible problem' : `${count} possible problems`;
}

/** What a screen reader hears when a check finishes with a different result from the last. */
export function announcement(count: number, worst: Severity | null): string {
  if (count === 0 || worst === null) return `${PRODUCT_NAME}: no problems found in this draft.`;
  return `${PRODUCT_NAME}: ${countLabel(count)} in this draft; the most serious is ${SEVERITY_LABELS[worst].toLowerCase()}.`;
}

export const UNAVAILABLE_ANNOUNCEMENT = `${PRODUCT_NAME}: the check is unavailable; this draft is not being checked.`;
