import { useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Finding } from '../engine/types';
import type { EngineStatus, Response, SettingsChanged } from '../messages';
import { FindingList } from '../ui/FindingList';
import { useT } from '../ui/i18n';
import { countLabel } from '../ui/labels';
import { StatusFooter } from '../ui/StatusFooter';
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
  const [result, setResult] = useState<{ findings: Finding[]; status: EngineStatus } | { error: string } | null>(null);
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
      else setResult({ error: response && !response.ok ? response.error : 'the checker did not answer' });
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, revision]);

  return (
    <section aria-labelledby={`${id}-h`} data-section="try">
      <h2 id={`${id}-h`}>Try a draft</h2>
      <label htmlFor={`${id}-draft`}>Type or paste a post to see what the extension would flag, with your settings as saved</label>
      <textarea id={`${id}-draft`} rows={4} value={text} onChange={(event) => setText(event.target.value)} placeholder="e.g. So proud of Amira at sports day with Oakfield Primary!" />
      <ShadowPanel>
        <div className="guard try-result" data-theme="light" aria-live="polite">
          {result && 'error' in result && (
            <p className="unavailable" data-part="unavailable">
              The check is unavailable: {result.error}.
            </p>
          )}
          {result && 'findings' in result && (
            <section className="panel static" data-part="panel">
              <header>
                <h3>{result.findings.length === 0 ? 'No problems found' : countLabel(t, result.findings.length)}</h3>
              </header>
              {result.findings.length > 0 && <FindingList findings={result.findings} />}
              {result.findings.some((f) => f.listed) && (
                <p className="note" data-part="listed">
                  Matched on your lists:{' '}
                  {[...new Set(result.findings.flatMap((f) => f.listed ?? []))].map((name, i) => (
                    <span key={name}>
                      {i > 0 ? ', ' : ''}
                      {name}
                    </span>
                  ))}
                  .
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
