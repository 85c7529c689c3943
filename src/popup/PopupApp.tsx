import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { EngineStatus } from '../messages';
import type { Translator } from '../i18n/translator';
import { useDocumentLanguage, useLanguage } from '../options/use-language';
import { TranslatorContext, useT } from '../ui/i18n';
import { productName } from '../ui/labels';
import { askActiveTab, type TabAnswer } from './ask-tab';
import { askStatus } from './ask-status';
import { protectionOf } from './protection';
import { ProtectionStatus, SchoolInUse } from './ProtectionStatus';
import { RecognitionView } from './RecognitionView';

/**
 * The toolbar popup, for the teacher first: whether this tab is protected, which school and policy
 * the checks use (plainly the demo school when nothing is set up), and the ways to the settings
 * and the induction demo. Below, folded away, the school IT's view of what was recognised on the
 * tab and how. In the teacher's language setting, English or Welsh.
 */
// The window's title is the product's name: the popup is the teacher's first, the IT view a part of it.
const popupTitle = (t: Translator) => productName(t);

export function PopupApp() {
  const language = useLanguage();
  useDocumentLanguage(language?.translator, popupTitle);
  if (!language) return null;
  return (
    <TranslatorContext value={language.translator}>
      <Popup />
    </TranslatorContext>
  );
}

function Popup() {
  const t = useT();
  const [answer, setAnswer] = useState<TabAnswer | null>(null);
  const [status, setStatus] = useState<EngineStatus | null | 'asking'>('asking');
  const ask = useCallback(() => {
    setAnswer(null);
    void askActiveTab().then(setAnswer, (error: unknown) => setAnswer({ kind: 'bad-answer', detail: error instanceof Error ? error.message : String(error) }));
    void askStatus().then(setStatus);
  }, []);
  useEffect(ask, [ask]);
  const openSettings = () => void browser.runtime.openOptionsPage().then(() => window.close());
  const openDemo = () => void browser.tabs.create({ url: browser.runtime.getURL('/demo.html') }).then(() => window.close());
  return (
    <main>
      <header className="popup-head">
        <img src="/icons/32.png" width="24" height="24" alt="" />
        <h1>{productName(t)}</h1>
      </header>
      <ProtectionStatus protection={protectionOf(answer)} />
      <SchoolInUse status={status} />
      <nav className="links" aria-label={t.t('popup_links_label')}>
        <button type="button" data-action="settings" onClick={openSettings}>
          {t.t('popup_open_settings')}
        </button>
        <button type="button" data-action="demo" onClick={openDemo}>
          {t.t('popup_open_demo')}
        </button>
      </nav>
      <details data-part="it-details">
        <summary>{t.t('popup_it_summary')}</summary>
        <h2>{t.t('popup_title')}</h2>
        <p className="intro">{t.t('popup_intro')}</p>
        <RecognitionView answer={answer} />
        <p className="actions">
          <button type="button" data-action="refresh" onClick={ask}>
            {t.t('popup_refresh')}
          </button>
        </p>
      </details>
      <p className="private">{t.t('popup_private')}</p>
    </main>
  );
}
