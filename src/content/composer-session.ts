import type { Finding } from '../engine/types';
import { readDraft, readDraftWithNodes } from '../sites/read-draft';
import type { AttachedImage } from '../messages';
import { AttachedImages } from './attached-images';
import { analyseDraft, type CheckResult } from './engine-client';
import { CaretMemory } from './caret-memory';
import type { Recognition } from './find-composers';
import { DraftHighlights } from './highlights';
import { PostControls, type ControlWatch, type PostControl } from './post-control';
import { Store } from './store';
import { INITIAL_VIEW, type ComposerView, type DialogPart } from './view';

/**
 * One composer on the page and everything the extension knows about its draft. The session only
 * reads the editor: it watches for changes, checks the draft a moment after typing stops, and
 * holds the latest result so the pre-post check can decide at once when the text is unchanged.
 */

/** Typing pauses this long before a check: no work at all happens per keystroke. */
export const CHECK_DELAY_MS = 300;
/** During a long burst of typing, still check at least this often. */
export const CHECK_MAX_WAIT_MS = 1500;

export type Decision = 'edit' | 'post';

export class ComposerSession {
  readonly store = new Store<ComposerView>(INITIAL_VIEW);
  private result: CheckResult | null = null;
  /** Which photos the result covers (`images.version` when it was asked for). */
  private resultImages = -1;
  /** The photos attached to this composer; a change is checked at once, like settings. */
  readonly images = new AttachedImages(() => this.recheck());
  private inFlight: { text: string; images: number; promise: Promise<CheckResult> } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstChangeAt: number | null = null;
  private sequence = 0;
  private pendingDecision: ((decision: Decision) => void) | null = null;
  private readonly observer: MutationObserver;
  private readonly onInput = () => this.changed();
  private readonly caret: CaretMemory;
  private readonly highlights: DraftHighlights;
  /** The site's button (or structure's) that posts this draft; found afresh whenever it matters. */
  private readonly controls: PostControls;
  /** The post control found at the last check, for the school's IT view. */
  lastControl: PostControl | null = null;
  disposed = false;

  constructor(
    readonly editor: HTMLElement,
    readonly recognition: Recognition,
    { structural = true, watch }: { structural?: boolean; watch?: ControlWatch | undefined } = {},
    private readonly analyse: (text: string, images: AttachedImage[]) => Promise<CheckResult> = analyseDraft,
  ) {
    // First, before the site reacts to anything typed: which controls are disabled or absent
    // while the draft is empty (its Post button is), to tell them later from those always there.
    this.controls = new PostControls(editor, recognition.spec, structural, watch);
    this.store.set({ submitKey: recognition.submitKey?.key ?? null });
    this.controls.observe(this.isEmpty(readDraft(editor)));
    // Draft.js and Lexical often update the DOM without an `input` event; a textarea changes
    // without a DOM mutation. Watching both catches every edit, and each only re-arms a timer.
    this.observer = new MutationObserver(() => this.changed());
    this.observer.observe(editor, { childList: true, subtree: true, characterData: true });
    this.caret = new CaretMemory(editor);
    this.highlights = new DraftHighlights(editor);
    editor.addEventListener('input', this.onInput);
    if (this.read().trim() !== '') void this.checkNow();
  }

  read(): string {
    return readDraft(this.editor);
  }

  /** The check's answer for `text`, if the last check was of exactly that text and the photos attached now. */
  resultFor(text: string): CheckResult | null {
    return this.result?.text === text && this.resultImages === this.images.version && !this.images.pending() ? this.result : null;
  }

  /** Nothing to post: no words and no photo. */
  isEmpty(text: string): boolean {
    return text.trim() === '' && this.images.count === 0;
  }

  /** The shortcut that posts from this editor (Enter, Ctrl/Cmd+Enter), if any. */
  get submitKey() {
    return this.recognition.submitKey?.key;
  }

  /** The control that posts this draft, as the page is now; null when empty or none is recognised. */
  postControl(): PostControl | null {
    return this.controls.find(this.isEmpty(this.read()));
  }

  /**
   * Whether a post from this composer can be held: known once there is a draft. "Checking only"
   * when the draft is read but no control that posts it was recognised, so the teacher is told.
   */
  private updateProtection(empty: boolean): void {
    this.controls.observe(empty);
    this.lastControl = empty ? null : this.controls.find(false);
    const protection = empty ? 'unknown' : this.lastControl ? 'held' : 'checking-only';
    if (this.store.get().protection !== protection) this.store.set({ protection });
  }

  changed(): void {
    if (this.disposed) return;
    const now = Date.now();
    this.firstChangeAt ??= now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(CHECK_DELAY_MS, this.firstChangeAt + CHECK_MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.checkNow(), wait);
  }

  /** Checks the draft as it is now; concurrent callers for the same text share one request. */
  async checkNow(): Promise<CheckResult> {
    clearTimeout(this.timer);
    this.firstChangeAt = null;
    const text = this.read();
    this.updateProtection(this.isEmpty(text));
    const cached = this.resultFor(text);
    // Any answer still on its way is for older text: it must not overwrite this one.
    const sequence = ++this.sequence;
    if (cached) {
      this.show(cached);
      return cached;
    }
    if (this.inFlight?.text === text && this.inFlight.images === this.images.version) return this.inFlight.promise;
    if (this.isEmpty(text)) {
      this.result = { kind: 'checked', text, findings: [], status: null, truncated: false };
      this.highlights.clear();
      this.store.set({ check: { kind: 'empty' }, panelOpen: false });
      return this.result;
    }
    this.store.set({ check: { kind: 'checking', findings: currentFindings(this.store.get()) } });
    const images = this.images.version;
    const promise = this.images.settled().then(() => this.analyse(text, this.images.forCheck()));
    this.inFlight = { text, images, promise };
    const result = await promise;
    if (this.inFlight?.promise === promise) this.inFlight = null;
    // An unavailable check is not an answer: the next check (or the pre-post check) asks again.
    if (result.kind === 'checked' && this.images.version === images) {
      this.result = result;
      this.resultImages = images;
    }
    if (!this.disposed && sequence === this.sequence) this.show(result);
    return result;
  }

  private show(result: CheckResult): void {
    this.underline(result);
    this.store.set(
      result.kind === 'checked'
        ? { check: { kind: 'checked', findings: result.findings, truncated: result.truncated }, ...(result.status ? { status: result.status } : {}) }
        : { check: { kind: 'unavailable', reason: result.reason } },
    );
  }

  /** Underlines the findings in the draft, if the draft is still the text they were found in. */
  private underline(result: CheckResult): void {
    const { text, segments } = readDraftWithNodes(this.editor);
    if (result.kind === 'checked' && result.text === text) this.highlights.show(result.findings, segments);
    else this.highlights.clear();
  }

  /** Settings changed: every answer so far, and any on its way, is stale. */
  recheck(): void {
    this.result = null;
    this.inFlight = null;
    if (this.disposed) return;
    if (!this.isEmpty(this.read())) void this.checkNow();
    else if (this.store.get().check.kind !== 'empty') void this.checkNow();
  }

  /** Shows the pre-post dialog and resolves with the teacher's choice. */
  decide(parts: DialogPart[], { byKey = false }: { byKey?: boolean } = {}): Promise<Decision> {
    this.pendingDecision?.('edit');
    this.store.set({ dialog: { parts, byKey }, panelOpen: false });
    return new Promise((resolve) => {
      this.pendingDecision = resolve;
    });
  }

  /** Called by the dialog's buttons (and Escape, which means "edit"). */
  answer(decision: Decision): void {
    const resolve = this.pendingDecision;
    this.pendingDecision = null;
    this.store.set({ dialog: null });
    if (decision === 'edit') this.returnToDraft();
    resolve?.(decision);
  }

  /** Back to writing: the editor focused, the caret where the teacher left it. */
  returnToDraft(): void {
    this.caret.restore();
  }

  dispose(): void {
    this.disposed = true;
    this.caret.stop();
    this.highlights.clear();
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.editor.removeEventListener('input', this.onInput);
    // A held submission of a composer that vanished is dropped, as the site dropped the composer.
    this.pendingDecision?.('edit');
    this.pendingDecision = null;
  }
}

function currentFindings(view: ComposerView): Finding[] {
  return view.check.kind === 'checked' || view.check.kind === 'checking' ? view.check.findings : [];
}
