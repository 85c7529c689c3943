import { useCallback, useEffect, useId, useState } from 'react';
import type { MessageKey } from '../i18n/catalogues';
import type { Translator } from '../i18n/translator';
import { TranslatorContext } from '../ui/i18n';
import type { LanguageSetting } from '../settings/language';
import { DEFAULT_DEMO_POLICY, POLICIES, SAMPLE_SCHOOL } from './analysis';
import { Presenter } from './Presenter';
import { ScenarioView } from './ScenarioView';
import { SCENARIOS, scenarioKey } from './scenarios';
import { TryYourOwn } from './TryYourOwn';

/** How the page hosting the demo (the extension's page, or the web page of `npm run demo`) handles the language. */
export interface LanguageControl {
  setting: LanguageSetting;
  translator: Translator;
  change(setting: LanguageSetting): void;
}

type View = 'scenarios' | 'try';

const LANGUAGE_NAMES: Record<LanguageSetting, MessageKey> = { auto: 'language_auto', en: 'language_name_en', cy: 'language_name_cy' };

/**
 * The induction demo: scenarios on look-alikes of the four sites, "Try your own", a switch between
 * the six policies, and presenter mode. The same app is the extension's demo page and the page that
 * `npm run demo` serves; only the way it keeps the language differs.
 */
export function DemoApp({ language }: { language: LanguageControl }) {
  const t = language.translator;
  const [policy, setPolicy] = useState(DEFAULT_DEMO_POLICY);
  const [view, setView] = useState<View>('scenarios');
  const [selected, setSelected] = useState(0);
  const [presenting, setPresenting] = useState(false);
  const policyId = useId();
  const languageId = useId();
  useEffect(() => {
    document.documentElement.lang = t.lang;
    document.title = t.t('demo_page_title');
  }, [t]);
  const exitPresenter = useCallback((at: number) => {
    setPresenting(false);
    if (at < SCENARIOS.length) setSelected(at);
  }, []);
  const scenario = SCENARIOS[selected]!;
  return (
    <TranslatorContext value={t}>
      {presenting ? (
        <Presenter scenarios={SCENARIOS} policy={policy} start={selected} onExit={exitPresenter} />
      ) : (
        <>
          <header className="demo-header">
            <h1>{t.t('demo_title')}</h1>
            <p>{t.t('demo_intro')}</p>
            <p className="sample-school">{t.t('demo_sample_school', SAMPLE_SCHOOL)}</p>
            <div className="controls">
              <label htmlFor={policyId}>{t.t('demo_policy_label')}</label>
              <select id={policyId} value={policy} onChange={(event) => setPolicy(event.target.value)} data-part="policy">
                {POLICIES.map((p) => (
                  <option key={p.id} value={p.id} lang="en">
                    {p.name}
                  </option>
                ))}
              </select>
              <label htmlFor={languageId}>{t.t('demo_language_label')}</label>
              <select id={languageId} value={language.setting} onChange={(event) => language.change(event.target.value as LanguageSetting)} data-part="language">
                {(Object.keys(LANGUAGE_NAMES) as LanguageSetting[]).map((setting) => (
                  <option key={setting} value={setting} lang={setting === 'auto' ? t.lang : setting}>
                    {t.t(LANGUAGE_NAMES[setting])}
                  </option>
                ))}
              </select>
              <button type="button" className="primary" onClick={() => setPresenting(true)} data-action="present">
                {t.t('demo_presenter_start')}
              </button>
            </div>
            <nav className="views" aria-label={t.t('demo_views_label')}>
              {(['scenarios', 'try'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-view={v}>
                  {t.t(v === 'scenarios' ? 'demo_tab_scenarios' : 'demo_tab_try')}
                </button>
              ))}
            </nav>
          </header>
          <main className="demo-main">
            {view === 'scenarios' ? (
              <div className="scenarios-layout">
                <nav className="scenario-list" aria-label={t.t('demo_scenario_list')}>
                  <ol>
                    {SCENARIOS.map((s, i) => (
                      <li key={s.id}>
                        <button type="button" aria-current={i === selected ? 'true' : undefined} onClick={() => setSelected(i)} data-scenario-button={s.id} data-site={s.site}>
                          {t.t(scenarioKey(s, 'title') as MessageKey)}
                        </button>
                      </li>
                    ))}
                  </ol>
                </nav>
                <ScenarioView scenario={scenario} policy={policy} />
              </div>
            ) : (
              <TryYourOwn policy={policy} />
            )}
          </main>
          <footer className="demo-footer">
            <p>{t.t('demo_offline')}</p>
          </footer>
        </>
      )}
    </TranslatorContext>
  );
}
