import { useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import type { EngineStatus, Response, SettingsChanged } from '../messages';
import { FindingList } from '../ui/FindingList';
import { useT } from '../ui/i18n';
import { countLabel } from '../ui/labels';
import { StatusFooter } from '../ui/StatusFooter';
import { English, MARK, Rich } from './Rich';
import { ShadowPanel } from './ShadowPanel';

/**
 * "Try a draft": what is typed goes to the same engine, through the same message, as a draft on
 * the sites, and the findings are shown with the same components as the in-page panel. Asked as an
 * extension page, the answer also says which roster entry a name matched.
 */
const DELAY_MS = 250;

export function TryDraft() {
  const id = useId();
  const t = useT();
  const [text, setText] = useState('');
  // An error is the browser's or the engine's own words (English), or undefined when there was no answer at all.
  const [result, setResult] = useState<{ findings: Finding[]; status: EngineStatus } | { error: string | undefined } | null>(null);
  const latest = useRef(0);
  // The background says when new settings are in force: the draft is checked again with them.
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const onMessage = (message: unknown) => {
      if ((message as SettingsChanged | undefined)?.type === 'settings-changed') setRevision((message as SettingsChanged).revision);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  useEffect(() => {
    if (text.trim() === '') {
      setResult(null);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      let response: Response | undefined;
      try {
        response = (await browser.runtime.sendMessage({ type: 'analyse', text })) as Response | undefined;
      } catch (error) {
        response = { ok: false, error: (error as Error).message };
      }
      if (ticket !== latest.current) return; // a newer draft is being checked
      if (response?.ok && response.type === 'analyse') setResult({ findings: response.findings, status: response.status });
      else setResult({ error: response && !response.ok ? response.error : undefined });
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, revision]);

  return (
    <section aria-labelledby={`${id}-h`} data-section="try">
      <h2 id={`${id}-h`}>{t.t('options_try_title')}</h2>
      <label htmlFor={`${id}-draft`}>{t.t('options_try_label')}</label>
      <textarea id={`${id}-draft`} rows={4} value={text} onChange={(event) => setText(event.target.value)} placeholder={t.t('options_try_placeholder')} />
      <ShadowPanel>
        <div className="guard try-result" data-theme="light" aria-live="polite">
          {result && 'error' in result && (
            <p className="unavailable" data-part="unavailable">
              {result.error === undefined ? (
                t.t('options_try_unavailable', t.t('reason_did_not_answer'))
              ) : (
                <Rich text={t.t('options_try_unavailable', MARK)} parts={[<English key="error">{result.error}</English>]} />
              )}
            </p>
          )}
          {result && 'findings' in result && (
            <section className="panel static" data-part="panel">
              <header>
                <h3>{result.findings.length === 0 ? t.t('panel_no_problems') : countLabel(t, result.findings.length)}</h3>
              </header>
              {result.findings.length > 0 && <FindingList findings={result.findings} />}
              {result.findings.some((f) => f.listed) && (
                <p className="note" data-part="listed">
                  {t.t('options_try_listed', [...new Set(result.findings.flatMap((f) => f.listed ?? []))].join(', '))}
                </p>
              )}
              <StatusFooter status={result.status} />
            </section>
          )}
        </div>
      </ShadowPanel>
    </section>
  );
}
