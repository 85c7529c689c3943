import type { ControlClue, TieBreak } from '../diagnostics';
import type { ComposerSpec } from '../sites/types';
import { judgeControl, type WordsVerdict } from '../sites/post-words';
import { submitControlFor } from './find-composers';
import { isDisabled } from './site-actions';
import { composedClosest, composedContains, composedParent } from '../sites/composed';
import { emphasised, greyedOut } from '../sites/control-looks';

/**
 * Which control posts a composer's draft. The site's own selectors are the fast path; when they
 * find nothing (the interface in Welsh or Polish, a redesign that renamed the hooks), the page's
 * structure decides, with no words and no class names:
 *
 * - the composer's own container: the controls around the editor, up to its form, dialog or
 *   shadow root (or, outside one, the controls around it short of the page's own);
 * - the form's submit button;
 * - the control whose enabled state follows the draft's emptiness: disabled (or absent) while the
 *   draft was empty, enabled once it is not, as every site's Post button is; "disabled" by an
 *   attribute or only by its looks (greyed out by a class: faded, a not-allowed cursor, no pointer);
 * - failing all that, the one control of the composer's own region styled as its primary action
 *   (bold and filled, or bold in an accent colour: an always-enabled Share on a full-page route);
 * - never a control that opens or toggles something (a menu, a picker, an audience chooser), one
 *   inside a list or menu (a mention list), or one the words say never posts (close, cancel…).
 *
 * The words on the buttons (rules/sites/post-controls.json, several languages) only break a tie
 * between controls the structure cannot tell apart, or stand alone inside the composer's own
 * container when the structure says nothing at all. When nothing qualifies the answer is null, and
 * the composer is shown as "Checking only".
 */

export type { ControlClue, TieBreak };

export interface PostControl {
  readonly element: HTMLElement;
  readonly layer: 'site' | 'structure';
  readonly clue: ControlClue;
  readonly tieBreak: TieBreak | null;
}

/** What a person can press. */
export const CONTROLS = 'button, [role="button"], input[type="submit"], input[type="button"], input[type="image"]';
/**
 * Controls that open or toggle something (a menu, an emoji picker, an audience chooser, bold), or
 * hold a state of their own (a switch, a checkbox, "Share to Facebook too"): never a post, even
 * when they carry the Post button's own word.
 */
const TOGGLES =
  '[aria-haspopup]:not([aria-haspopup="false"]), [aria-expanded], [aria-pressed], [aria-checked], [role="switch"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitemcheckbox"], [role="menuitemradio"]';
/** Containers of choices (a mention list, an emoji grid, a menu): their controls pick, never post. */
const CHOICES = '[role="listbox"], [role="menu"], [role="menubar"], [role="option"], [role="menuitem"], [role="tablist"], [role="tree"], [role="grid"]';
const DIALOGS = 'dialog, [role="dialog"], [role="alertdialog"]';
/** The composer's own container: the search for its controls stops there. */
const CONTAINER = 'form, dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
/**
 * A composer's own region when it has no form or dialog (a side sheet, a full-page route): the
 * nearest of these around the editor, unless it holds posts (then it is a feed, not a composer).
 */
const REGION = 'section, aside, [role="region"], [role="complementary"], [role="form"]';
const POSTS = 'article, [role="article"], [aria-posinset]';
/** Any editor, for telling whether a control sits with another composer. */
const EDITORS = '[contenteditable]:not([contenteditable="false"]), textarea';
/**
 * Beyond these, the search has left the composer for the page: a composer's own controls are near
 * it. Sites nest deeply (X's Post button shares an ancestor with its editor a dozen levels up), so
 * the levels are many; a level that brings in dozens of new controls is the page, and ends the search.
 */
const MAX_LEVELS = 24;
const MAX_NEW_PER_LEVEL = 60;

interface Candidate {
  readonly element: HTMLElement;
  /** How many ancestors up from the editor it was first seen: its nearness. */
  readonly level: number;
}

/** The controls inside `node`; when the search has just left a shadow root, those of that root too. */
function controlsOf(node: Element, leftRoot: ShadowRoot | null): HTMLElement[] {
  const inside = [...node.querySelectorAll<HTMLElement>(CONTROLS)];
  return leftRoot ? [...leftRoot.querySelectorAll<HTMLElement>(CONTROLS), ...inside] : inside;
}

/** The controls around an editor, nearest first, and whether a form or dialog bounded the search. */
export function candidatesAround(editor: Element): { candidates: Candidate[]; contained: boolean } {
  const seen = new Set<Element>();
  const candidates: Candidate[] = [];
  let level = 0;
  let child: Element = editor;
  for (let node = composedParent(editor); node && level < MAX_LEVELS; child = node, node = composedParent(node)) {
    level++;
    // Crossing from a shadow root to its host: the root's own top-level controls sit beside `child`.
    const leftRoot = child.parentElement === null && child.parentNode instanceof ShadowRoot ? child.parentNode : null;
    const controls = controlsOf(node, leftRoot);
    let fresh = 0;
    for (const element of controls) if (!seen.has(element)) fresh++;
    if (fresh > MAX_NEW_PER_LEVEL) break;
    for (const element of controls) {
      if (seen.has(element)) continue;
      seen.add(element);
      if (!editor.contains(element) && pressable(element, editor)) candidates.push({ element, level });
    }
    if (node.matches(CONTAINER)) return { candidates, contained: true };
    if (node === node.ownerDocument.body) break;
  }
  return { candidates, contained: false };
}

/** Unavailable, by an attribute or by its looks alone (a class that greys it out). */
export function unavailable(control: Element): boolean {
  if (isDisabled(control)) return true;
  const view = control.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(control);
  const opacities: number[] = [];
  let node: Element | null = control;
  for (let i = 0; node && i < 3; i++, node = composedParent(node)) opacities.push(Number.parseFloat(view.getComputedStyle(node).opacity));
  return greyedOut({ opacities, cursor: style.cursor, pointerEvents: style.pointerEvents });
}

/** Whether a control is styled as its composer's primary action (see control-looks.ts). */
function looksPrimary(control: Element): boolean {
  const view = control.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(control);
  let fontWeight = Number.parseFloat(style.fontWeight) || 400;
  // The words may sit in nested spans that carry the weight.
  for (const inner of [...control.querySelectorAll('span, b, strong, div')].slice(0, 6)) fontWeight = Math.max(fontWeight, Number.parseFloat(view.getComputedStyle(inner).fontWeight) || 0);
  if (!/\p{L}/u.test(control.textContent ?? '')) return false; // an icon is never the emphasised word
  let surfaceColor = 'rgb(255, 255, 255)';
  for (let node = composedParent(control); node; node = composedParent(node)) {
    const background = view.getComputedStyle(node).backgroundColor;
    if (background && background !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(background)) {
      surfaceColor = background;
      break;
    }
  }
  return emphasised({ fontWeight, color: style.color, backgroundColor: style.backgroundColor, surfaceColor });
}

/** The composer's own region (see REGION), or null when the nearest one is a feed or there is none. */
function ownRegion(editor: Element): Element | null {
  const region = composedClosest(editor, REGION);
  if (!region) return null;
  for (const post of region.querySelectorAll(POSTS)) if (!composedContains(post, editor)) return null;
  return region;
}

function pressable(control: HTMLElement, editor: Element): boolean {
  if (control.matches(TOGGLES)) return false;
  // A list, a hidden region: unless the composer itself is inside it.
  const within = (selector: string) => {
    const found = composedClosest(control, selector);
    return found !== null && !composedContains(found, editor);
  };
  // A picker or menu opened as a dialog of its own inside the composer's container: its buttons pick.
  if (within(CHOICES) || within(DIALOGS) || within('[hidden], [aria-hidden="true"], [inert]')) return false;
  return typeof control.checkVisibility !== 'function' || control.checkVisibility({ visibilityProperty: true });
}

/**
 * What was seen of the controls around one composer while its draft was empty, so that a control
 * whose enabled state follows the draft can be told from one that is always there.
 */
export class ControlWatch {
  private readonly offWhileEmpty = new WeakSet<Element>();
  private readonly onWhileEmpty = new WeakSet<Element>();
  private sawEmpty = false;

  /** Records the controls' states while the draft is empty (nothing to learn while it is not). */
  observe(editor: Element, empty: boolean): void {
    if (!empty) return;
    this.sawEmpty = true;
    for (const { element } of candidatesAround(editor).candidates) (unavailable(element) ? this.offWhileEmpty : this.onWhileEmpty).add(element);
  }

  /** Whether an enabled control, now that the draft is not empty, was disabled or absent while it was. */
  clueFor(control: Element): 'follows-draft' | 'appears-with-draft' | null {
    if (this.onWhileEmpty.has(control)) return null;
    if (this.offWhileEmpty.has(control)) return 'follows-draft';
    return this.sawEmpty ? 'appears-with-draft' : null;
  }
}

const STRENGTH: Record<Exclude<ControlClue, 'selector' | 'words' | 'emphasis'>, number> = {
  'submit-button': 3,
  'follows-draft': 3,
  'appears-with-draft': 2,
  // A <button> with no type in the editor's form submits it, but sites also leave close buttons untyped.
  'form-button': 1,
};

interface Scored extends Candidate {
  readonly clue: Exclude<ControlClue, 'selector' | 'words' | 'emphasis'> | null;
  readonly words: WordsVerdict;
}

/** The control that posts this draft, by structure alone (words only to break ties); null if none qualifies. */
export function structuralPostControl(editor: Element, watch: ControlWatch): PostControl | null {
  const { candidates, contained } = candidatesAround(editor);
  const form = composedClosest(editor, 'form') as HTMLFormElement | null;
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const { element } = candidate;
    if (unavailable(element)) continue;
    const words = judgeControl(element);
    if (words === 'not-post') continue;
    scored.push({ ...candidate, words, clue: formClue(element, form) ?? watch.clueFor(element) });
  }
  const strongest = Math.max(0, ...scored.map((c) => (c.clue ? STRENGTH[c.clue] : 0)));
  if (strongest > 0) {
    const top = scored.filter((c) => c.clue && STRENGTH[c.clue] === strongest);
    const { chosen, tieBreak } = breakTie(top);
    return { element: chosen.element, layer: 'structure', clue: chosen.clue!, tieBreak };
  }
  // Nothing in the structure says which control posts (a "Share" that is always enabled): the
  // words may, and failing them the looks of a primary action, but only for a control of this
  // composer's own container or region, or of the nearest group of controls around it, that no
  // other composer shares.
  const nearest = Math.min(...scored.map((c) => c.level));
  const region = contained ? null : ownRegion(editor);
  const own = scored.filter((c) => (contained || c.level === nearest || (region !== null && composedContains(region, c.element))) && !sharedWithAnotherEditor(c.element, editor));
  const worded = own.filter((c) => c.words === 'post');
  const closest = worded.filter((c) => c.level === Math.min(...worded.map((w) => w.level)));
  if (closest.length === 1) return { element: closest[0]!.element, layer: 'structure', clue: 'words', tieBreak: null };
  const primary = own.filter((c) => c.words === null && looksPrimary(c.element));
  return primary.length === 1 ? { element: primary[0]!.element, layer: 'structure', clue: 'emphasis', tieBreak: null } : null;
}

function formClue(control: HTMLElement, form: HTMLFormElement | null): Scored['clue'] {
  if (!form || !(control instanceof HTMLButtonElement || control instanceof HTMLInputElement) || control.form !== form) return null;
  if (control.type !== 'submit') return null;
  return control.getAttribute('type') === null ? 'form-button' : 'submit-button';
}

/** Among controls the structure rates alike: the words, then nearness, then own text, then the last. */
function breakTie(top: Scored[]): { chosen: Scored; tieBreak: TieBreak | null } {
  if (top.length === 1) return { chosen: top[0]!, tieBreak: null };
  const worded = top.filter((c) => c.words === 'post');
  if (worded.length === 1) return { chosen: worded[0]!, tieBreak: 'words' };
  const pool = worded.length > 1 ? worded : top;
  const nearestLevel = Math.min(...pool.map((c) => c.level));
  const near = pool.filter((c) => c.level === nearestLevel);
  if (near.length === 1) return { chosen: near[0]!, tieBreak: 'nearest' };
  // A labelled button over an icon: "Post" over "+".
  const withText = near.filter((c) => /\p{L}/u.test(c.element.textContent ?? ''));
  if (withText.length === 1) return { chosen: withText[0]!, tieBreak: 'text' };
  // The primary action comes last in a composer's row of buttons.
  const ordered = (withText.length > 0 ? withText : near).sort((a, b) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return { chosen: ordered.at(-1)!, tieBreak: 'last' };
}

/** Whether the smallest region holding both the control and the editor also holds another editor. */
function sharedWithAnotherEditor(control: Element, editor: Element): boolean {
  let region: Element | null = composedParent(control);
  while (region && !composedContains(region, editor)) region = composedParent(region);
  if (!region) return true;
  for (const other of region.querySelectorAll(EDITORS)) if (other !== editor && !editor.contains(other) && !other.contains(editor)) return true;
  return false;
}

/**
 * One composer's post control, found afresh each time it is asked for (sites re-render their
 * buttons), through the site's selectors first and then, unless turned off, the structure.
 */
export class PostControls {
  constructor(
    private readonly editor: HTMLElement,
    private readonly spec: ComposerSpec | null,
    private readonly structural: boolean,
    /** What was seen of the controls before the session began (from the editor's first focus or keystroke). */
    private readonly watch: ControlWatch = new ControlWatch(),
  ) {}

  /** Notes the controls' states while the draft is empty; cheap, and only then. */
  observe(empty: boolean): void {
    if (this.structural && empty) this.watch.observe(this.editor, true);
  }

  /** The control that posts the draft now; null for an empty draft, or when none is recognised. */
  find(empty: boolean): PostControl | null {
    const bySite = this.spec ? submitControlFor(this.editor, this.spec) : null;
    if (bySite) return { element: bySite as HTMLElement, layer: 'site', clue: 'selector', tieBreak: null };
    if (!this.structural || empty) return null;
    return structuralPostControl(this.editor, this.watch);
  }
}
