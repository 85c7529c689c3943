import { composedClosest } from '../sites/composed';
import { STRUCTURAL_EDITORS, kindOf, structuralEditorKind } from '../sites/editor-structure';
import type { ComposerSpec, EditorKind, EditorLayer, SiteAdapter, SubmitKey } from '../sites/types';

/**
 * Every composer editor on the page right now, and how it was recognised. Recognition is in
 * layers: the site's own selectors first (the fast path, and the composer's name), then the page's
 * structure (src/sites/editor-structure.ts), so an editor the selectors no longer describe (the
 * site in Welsh or Polish, a redesign) is still found. The third layer, the teacher typing in an
 * editable box neither describes, is `recogniseTyped`. Looks in the document and in the open
 * shadow roots composers live in (LinkedIn's share box).
 */

export interface Recognition {
  /** The site spec's id, or `<site>-<editor kind>` for an editor the selectors did not describe. */
  readonly id: string;
  /** The site's spec when its selectors matched; its submit controls are tried first. */
  readonly spec: ComposerSpec | null;
  readonly kind: EditorKind;
  readonly layer: EditorLayer;
  /** The shortcut that posts from this editor, and whether the site's spec or its structural convention says so. */
  readonly submitKey: { readonly key: SubmitKey; readonly layer: 'site' | 'structure' } | null;
}

/** Which recognition layers run: the structural one can be left out (`wxt build --mode site-only`) to measure its cost. */
export interface Layers {
  readonly structural: boolean;
}

export const ALL_LAYERS: Layers = { structural: true };

export function findComposers(site: SiteAdapter, roots: ReadonlyArray<Document | ShadowRoot> = searchRoots(site), layers: Layers = ALL_LAYERS): Map<HTMLElement, Recognition> {
  const found = new Map<HTMLElement, Recognition>();
  for (const root of roots) {
    for (const spec of site.composers) {
      for (const element of root.querySelectorAll<HTMLElement>(spec.editorSelector)) {
        // The first spec an editor matches wins: specs are ordered from specific to general.
        if (!found.has(element) && outsideExcluded(spec, element)) found.set(element, bySite(site, spec, element, layers));
      }
    }
    if (!layers.structural) continue;
    for (const element of root.querySelectorAll<HTMLElement>(STRUCTURAL_EDITORS)) {
      if (found.has(element)) continue;
      const kind = structuralEditorKind(element);
      if (kind) found.set(element, byStructure(site, kind, element, 'structure'));
    }
  }
  return found;
}

/**
 * One editor the teacher has just started typing in, recognised at once (before the site reacts
 * to the keystroke): by the site's selectors, by structure, or else as typed in. Null when only the
 * site's selectors are in use and none matches.
 */
export function recogniseOne(site: SiteAdapter, editor: HTMLElement, layers: Layers = ALL_LAYERS): Recognition | null {
  const spec = site.composers.find((s) => editor.matches(s.editorSelector) && outsideExcluded(s, editor));
  if (spec) return bySite(site, spec, editor, layers);
  if (!layers.structural) return null;
  const kind = structuralEditorKind(editor);
  return byStructure(site, kind ?? kindOf(editor), editor, kind ? 'structure' : 'typing');
}

/** Whether the editor is outside the containers its spec excludes, across shadow roots. */
function outsideExcluded(spec: ComposerSpec, editor: Element): boolean {
  return spec.notInside === undefined || composedClosest(editor, spec.notInside) === null;
}

function bySite(site: SiteAdapter, spec: ComposerSpec, editor: Element, layers: Layers): Recognition {
  const conventional = layers.structural ? site.structuralSubmitKey(editor) : undefined;
  const submitKey = spec.submitKey ? { key: spec.submitKey, layer: 'site' as const } : conventional ? { key: conventional, layer: 'structure' as const } : null;
  return { id: spec.id, spec, kind: spec.editor, layer: 'site', submitKey };
}

function byStructure(site: SiteAdapter, kind: EditorKind, editor: Element, layer: EditorLayer): Recognition {
  const key = site.structuralSubmitKey(editor);
  return { id: `${site.id}-${kind}`, spec: null, kind, layer, submitKey: key ? { key, layer: 'structure' } : null };
}

/**
 * The document and the open shadow roots of the site's shadow hosts, with the open shadow roots
 * nested inside those (an editor shipped as a web component inside the outlet's root). Only the
 * named roots are walked for nested ones: they are small, the document is not (a root elsewhere
 * is found when the teacher focuses or types into it).
 */
export function searchRoots(site: SiteAdapter, doc: Document = document): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [doc];
  const addWithNested = (root: ShadowRoot) => {
    if (roots.includes(root)) return;
    roots.push(root);
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) addWithNested(element.shadowRoot);
  };
  for (const selector of site.shadowHosts) {
    for (const host of doc.querySelectorAll(selector)) if (host.shadowRoot) addWithNested(host.shadowRoot);
  }
  return roots;
}

/** Whether `element` is one of `spec`'s submit controls (by selector, and by text where needed). */
export function isSubmitControl(element: Element, spec: ComposerSpec): boolean {
  return spec.submit.some(
    (control) => element.matches(control.selector) && (!control.texts || control.texts.includes((element.textContent ?? '').trim())),
  );
}

/**
 * The submit control a composer posts with, by the site's selectors: the first one found searching
 * outwards from the editor, so the inline box on X and an open modal's box each find their own
 * button, and both parts of a thread find the one "Post all". Null when none matches.
 */
export function submitControlFor(editor: Element, spec: ComposerSpec): Element | null {
  if (spec.submit.length === 0) return null;
  for (let ancestor = editor.parentElement; ancestor; ancestor = ancestor.parentElement) {
    for (const control of spec.submit) {
      for (const candidate of ancestor.querySelectorAll(control.selector)) {
        if (isSubmitControl(candidate, spec)) return candidate;
      }
    }
  }
  return null;
}
