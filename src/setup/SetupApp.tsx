import { browser } from 'wxt/browser';
import type { Translator } from '../i18n/translator';
import { TranslatorContext, useT } from '../ui/i18n';
import { productName } from '../ui/labels';
import { NamesSection } from '../options/NamesSection';
import { PageTools } from '../options/PageTools';
import { PolicySection } from '../options/PolicySection';
import { ProblemList } from '../options/ProblemList';
import { SchoolSection } from '../options/SchoolSection';
import { SettingsNotices } from '../options/SettingsNotices';
import { TryDraft } from '../options/TryDraft';
import { useDocumentLanguage, useLanguage, type LanguageState } from '../options/use-language';
import { useSettings } from '../options/use-settings';

/**
 * The first-run setup, opened once when the extension is installed (never on an update, never when
 * the school manages it through policy): the three things a teacher needs, in order, made of the
 * options page's own sections, so they save the same way: the school's name and its policy, the
 * pupil roster, and a draft tried against them. Everything else stays in the settings.
 */
const setupTitle = (t: Translator) => t.t('setup_title', productName(t));

export function SetupApp() {
  const language = useLanguage();
  useDocumentLanguage(language?.translator, setupTitle);
  if (!language) return null;
  return (
    <TranslatorContext value={language.translator}>
      <SetupPage language={language} />
    </TranslatorContext>
  );
}

function SetupPage({ language }: { language: LanguageState }) {
  const { state, save } = useSettings();
  const t = useT();
  if (!state) return <p className="loading">{t.t('options_loading')}</p>;
  const { resolved } = state;
  const { teacher, school, merged } = resolved;
  return (
    <main className="setup" data-settings-checked={state.checked}>
      <header className="page-head">
        <h1>{t.t('setup_title', productName(t))}</h1>
        <p className="lead">{t.t('setup_intro')}</p>
        <ol className="setup-steps" data-part="steps">
          <li>{t.t('setup_step_school')}</li>
          <li>{t.t('setup_step_roster')}</li>
          <li>{t.t('setup_step_try')}</li>
        </ol>
        <p className="private">{t.t('options_private')}</p>
        <PageTools language={language} />
        <SettingsNotices state={state} />
      </header>
      <ProblemList part="saved-problems" intro={t.t('options_saved_problems')} problems={resolved.teacherProblems} />
      <SchoolSection teacher={teacher} merged={merged} schoolValues={school.values} save={save} />
      <PolicySection
        policy={resolved.settings?.policy ?? merged.values.policy ?? 'generic-uk'}
        customPack={merged.values.customPack}
        policyField={merged.fields.policy}
        packField={merged.fields.customPack}
        save={save}
      />
      <NamesSection kind="pupilNames" own={teacher.pupilNames ?? []} school={school.values.pupilNames} field={merged.fields.pupilNames} save={(names) => save('pupilNames', names)} />
      <TryDraft />
      <section data-section="done" aria-labelledby="setup-done">
        <h2 id="setup-done">{t.t('setup_done_title')}</h2>
        <p>{t.t('setup_done_text')}</p>
        <p className="setup-actions">
          <button type="button" data-action="open-settings" onClick={() => void browser.runtime.openOptionsPage()}>
            {t.t('setup_more_settings')}
          </button>
          <button type="button" data-action="close" onClick={() => window.close()}>
            {t.t('setup_close')}
          </button>
        </p>
      </section>
    </main>
  );
}
