import { useCallback, useEffect, useState } from 'react';
import { useLanguage } from '../options/use-language';
import { TranslatorContext, useT } from '../ui/i18n';
import { askActiveTab, type TabAnswer } from './ask-tab';
import { RecognitionView } from './RecognitionView';

/**
 * The toolbar popup. For now it holds the school IT's view of the current tab (what was
 * recognised, and how); it is the place for the tab's protection status and links later. In the
 * teacher's language setting, English or Welsh.
 */
export function PopupApp() {
  const language = useLanguage();
  const translator = language?.translator;
  useEffect(() => {
    if (!translator) return;
    document.documentElement.lang = translator.lang;
    document.title = translator.t('popup_title');
  }, [translator]);
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
  const ask = useCallback(() => {
    setAnswer(null);
    void askActiveTab().then(setAnswer, (error: unknown) => setAnswer({ kind: 'bad-answer', detail: error instanceof Error ? error.message : String(error) }));
  }, []);
  useEffect(ask, [ask]);
  return (
    <main>
      <h1>{t.t('popup_title')}</h1>
      <p className="intro">{t.t('popup_intro')}</p>
      <RecognitionView answer={answer} />
      <p className="actions">
        <button type="button" data-action="refresh" onClick={ask}>
          {t.t('popup_refresh')}
        </button>
      </p>
      <p className="private">{t.t('popup_private')}</p>
    </main>
  );
}
