import type { Category, Severity } from '../engine/types';
import type { MessageKey } from '../i18n/catalogues';
import type { Translator } from '../i18n/translator';

/**
 * The catalogue keys of the engine's categories and severities, and the sentences built from them,
 * in one place so the panel, the dialog, the options page and the induction demo say them alike.
 * The words themselves are in `src/public/_locales/<lang>/messages.json`, in English and Welsh.
 */
const CATEGORY_KEYS: Record<Category, MessageKey> = {
  'school-name': 'category_school_name',
  'pupil-name': 'category_pupil_name',
  'pupil-image': 'category_pupil_image',
  derogatory: 'category_derogatory',
  confidential: 'category_confidential',
};

const SEVERITY_KEYS: Record<Severity, MessageKey> = { high: 'severity_high', warning: 'severity_warning', info: 'severity_info' };
const SEVERITY_IN_SENTENCE: Record<Severity, MessageKey> = { high: 'severity_high_lower', warning: 'severity_warning_lower', info: 'severity_info_lower' };

export const categoryLabel = (t: Translator, category: Category): string => t.t(CATEGORY_KEYS[category]);
export const severityLabel = (t: Translator, severity: Severity): string => t.t(SEVERITY_KEYS[severity]);
export const productName = (t: Translator): string => t.t('ext_name');
export const countLabel = (t: Translator, count: number): string => t.count('count_problems', count);

/** What a screen reader hears when a check finishes with a different result from the last. */
export function announcement(t: Translator, count: number, worst: Severity | null): string {
  if (count === 0 || worst === null) return t.t('announce_none', productName(t));
  return t.t('announce_findings', productName(t), countLabel(t, count), t.t(SEVERITY_IN_SENTENCE[worst]));
}

export const unavailableAnnouncement = (t: Translator): string => t.t('announce_unavailable', productName(t));

/** Said once with the check's result when a post from the composer cannot be held. */
export const checkingOnlyAnnouncement = (t: Translator): string => t.t('announce_checking_only', productName(t));
