import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import type { Translator } from '../i18n/translator';
import { TranslatorContext, useT } from '../ui/i18n';
import { productName } from '../ui/labels';
import { HashedRosterField } from './HashedRosterField';
import { LocationField } from './LocationField';
import { ListField } from './ListField';
import { NamesSection } from './NamesSection';
import { PageTools } from './PageTools';
import { PolicySection } from './PolicySection';
import { ProblemList } from './ProblemList';
import { SchoolSection } from './SchoolSection';
import { SettingsNotices } from './SettingsNotices';
import { SitesSection } from './SitesSection';
import { TryDraft } from './TryDraft';
import type { FirstDrawing } from './first-reads';
import { useDocumentLanguage, useLanguage, type LanguageState } from './use-language';
import { useSettings } from './use-settings';

// Reading a policy document needs the engine and the document readers: loaded after the page is drawn.
const OwnPolicySection = lazy(() => import('./OwnPolicySection').then((module) => ({ default: module.OwnPolicySection })));

/** A performance mark set when the settings are first drawn and can be used. */
export const USABLE_MARK = 'guardrail-settings-usable';
/** And when React first committed the form (set in the commit, before the browser draws it). */
const COMMITTED_MARK = 'guardrail-settings-committed';
/** And when every stored value has been checked with its schema (the page is first drawn from a quick read). */
export const CHECKED_MARK = 'guardrail-settings-checked';
/** And when the school's policy (browser-managed storage) has been read and merged in. */
export const SCHOOL_POLICY_MARK = 'guardrail-school-policy-read';

/**
 * The options page: set up in two minutes (school, roster, policy), see what the school's IT has
 * set and locked, and try a draft. Every change is saved at once to `storage.local` and the
 * background re-checks with it; nothing is sent anywhere. In the teacher's language, which changes
 * at once when it is chosen here or anywhere else.
 */
const optionsTitle = (t: Translator) => t.t('options_title', productName(t));

/** `initial`: the first reads, taken before React started, so the first drawing is the form itself. */
export function OptionsApp({ initial = null }: { initial?: FirstDrawing | null }) {
  const language = useLanguage(initial?.language);
  useDocumentLanguage(language?.translator, optionsTitle);
  // The stored language is read in a moment; until then there is nothing worth showing in the wrong one.
  if (!language) return null;
  return (
    <TranslatorContext value={language.translator}>
      <OptionsPage language={language} initial={initial} />
    </TranslatorContext>
  );
}

function OptionsPage({ language, initial }: { language: LanguageState; initial: FirstDrawing | null }) {
  const { state, save } = useSettings(initial);
  const t = useT();
  // React's first commit of the form, before the browser draws it (tests/bench/settings-page.ts times each step).
  useLayoutEffect(() => {
    if (state && performance.getEntriesByName(COMMITTED_MARK).length === 0) performance.mark(COMMITTED_MARK);
  }, [state]);
  useEffect(() => {
    // When the page is first usable, for the browser test that measures it (tests/e2e/first-run.test.ts).
    if (state && performance.getEntriesByName(USABLE_MARK).length === 0) performance.mark(USABLE_MARK);
    if (state?.checked && performance.getEntriesByName(CHECKED_MARK).length === 0) performance.mark(CHECKED_MARK);
    if (state?.schoolPolicyRead && performance.getEntriesByName(SCHOOL_POLICY_MARK).length === 0) performance.mark(SCHOOL_POLICY_MARK);
  }, [state]);
  if (!state) return <p className="loading">{t.t('options_loading')}</p>;
  const { resolved } = state;
  const { teacher, school, merged } = resolved;
  return (
    <main data-settings-checked={state.checked}>
      <header className="page-head">
        <h1>{t.t('options_title', productName(t))}</h1>
        <p className="private">{t.t('options_private')}</p>
        <PageTools language={language} />
        {merged.managed && (
          <p className="managed" data-part="managed-notice">
            {t.t('options_managed_notice', t.t('options_badge_set'))}
          </p>
        )}
        {!state.schoolPolicyRead && (
          <p className="pending" data-part="school-policy-pending" role="status">
            {t.t('options_school_policy_pending')}
          </p>
        )}
        <SettingsNotices state={state} />
      </header>
      <ProblemList part="school-problems" intro={t.t('options_school_problems')} problems={resolved.schoolProblems} />
      <ProblemList part="saved-problems" intro={t.t('options_saved_problems')} problems={resolved.teacherProblems} />
      <SchoolSection teacher={teacher} merged={merged} schoolValues={school.values} save={save}>
        <LocationField value={merged.values.schoolLocation} field={merged.fields.schoolLocation} save={(value) => save('schoolLocation', value)} />
      </SchoolSection>
      <NamesSection
        kind="pupilNames"
        own={teacher.pupilNames ?? []}
        school={school.values.pupilNames}
        field={merged.fields.pupilNames}
        save={(names) => save('pupilNames', names)}
      >
        <HashedRosterField value={merged.values.hashedRoster} field={merged.fields.hashedRoster} save={(value) => save('hashedRoster', value)} />
      </NamesSection>
      <NamesSection kind="staffNames" own={teacher.staffNames ?? []} school={school.values.staffNames} field={merged.fields.staffNames} save={(names) => save('staffNames', names)} />
      <PolicySection
        policy={resolved.settings?.policy ?? merged.values.policy ?? 'generic-uk'}
        customPack={merged.values.customPack}
        policyField={merged.fields.policy}
        packField={merged.fields.customPack}
        save={save}
      />
      <Suspense fallback={null}>
        <OwnPolicySection policyField={merged.fields.policy} packField={merged.fields.customPack} save={save} />
      </Suspense>
      <section data-section="terms" aria-label={t.t('options_terms_title')}>
        <h2>{t.t('options_terms_title')}</h2>
        <ListField
          part="terms"
          label={t.t('options_terms_label')}
          hint={t.t('options_terms_hint')}
          own={teacher.extraConfidentialTerms ?? []}
          {...(school.values.extraConfidentialTerms ? { school: school.values.extraConfidentialTerms } : {})}
          field={merged.fields.extraConfidentialTerms}
          editable={merged.fields.extraConfidentialTerms.teacherMayAdd}
          onSave={(entries) => save('extraConfidentialTerms', entries)}
        />
      </section>
      <SitesSection sites={merged.values.sites ?? {}} own={teacher.sites ?? {}} locked={merged.siteLocked} pending={merged.fields.sites.pending ?? false} save={(sites) => save('sites', sites)} />
      <TryDraft />
    </main>
  );
}
