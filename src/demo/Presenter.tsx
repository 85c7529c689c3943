import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../ui/i18n';
import { ScenarioView } from './ScenarioView';
import { SummarySlide } from './SummarySlide';
import type { Scenario } from './scenarios';

interface Props {
  scenarios: readonly Scenario[];
  policy: string;
  start: number;
  onExit(at: number): void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ', 'n']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp', 'p']);

/**
 * Presenter mode for induction sessions: one scenario per slide, in large type, full screen, then
 * a closing slide summing up the clauses the scenarios met. A presenter's clicker sends Page Up and
 * Page Down; the arrow keys, Home and End work too; Escape leaves (and leaves full screen).
 */
export function Presenter({ scenarios, policy, start, onExit }: Props) {
  const t = useT();
  const slides = scenarios.length + 1;
  const [index, setIndex] = useState(Math.min(start, slides - 1));
  const stage = useRef<HTMLDivElement>(null);
  const slide = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = stage.current;
    slide.current?.focus();
    // Full screen needs the click that opened presenter mode; without it (or where refused) the slides still fill the window.
    if (element && document.fullscreenEnabled && !document.fullscreenElement) element.requestFullscreen().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  useEffect(() => {
    // Escape ends full screen in the browser itself, before any key event: leave presenter mode with it.
    const left = () => {
      if (!document.fullscreenElement) onExit(index);
    };
    document.addEventListener('fullscreenchange', left);
    return () => document.removeEventListener('fullscreenchange', left);
  }, [index, onExit]);

  const go = (to: number) => setIndex(Math.max(0, Math.min(slides - 1, to)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLElement && event.target.closest('summary, button') && (event.key === ' ' || event.key === 'Enter')) return;
    if (NEXT_KEYS.has(event.key)) go(index + 1);
    else if (PREVIOUS_KEYS.has(event.key)) go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(slides - 1);
    else if (event.key === 'Escape') onExit(index);
    else return;
    event.preventDefault();
  };
  const scenario = scenarios[index];
  return (
    <div ref={stage} className="presenter" data-part="presenter" data-slide={index} tabIndex={-1} onKeyDown={onKeyDown} role="region" aria-label={t.t('demo_presenter_start')}>
      {/* Focusable, so a long slide (the summary) can be scrolled from the keyboard too. */}
      <div ref={slide} className="presenter-slide" tabIndex={0} role="group" aria-label={t.t('demo_slide_position', String(index + 1), String(slides))}>
        {scenario ? <ScenarioView key={scenario.id} scenario={scenario} policy={policy} /> : <SummarySlide scenarios={scenarios} policy={policy} />}
      </div>
      <nav className="presenter-bar">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} data-action="previous">
          {t.t('demo_previous')}
        </button>
        <span className="presenter-position" aria-live="polite" data-part="slide-position">
          {t.t('demo_slide_position', String(index + 1), String(slides))}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === slides - 1} data-action="next">
          {t.t('demo_next')}
        </button>
        <span className="presenter-keys">{t.t('demo_presenter_keys')}</span>
        <button type="button" onClick={() => onExit(index)} data-action="exit">
          {t.t('demo_presenter_exit')}
        </button>
      </nav>
    </div>
  );
}
