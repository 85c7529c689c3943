import type { ComposerSpec, SiteAdapter } from '../sites/types';

/**
 * Every composer editor on the page right now, with the spec it matched. Looks in the document
 * and inside the open shadow roots the site renders composers into (LinkedIn's share box).
 */
export function findComposers(site: SiteAdapter, doc: Document = document): Map<HTMLElement, ComposerSpec> {
  const found = new Map<HTMLElement, ComposerSpec>();
  for (const root of searchRoots(site, doc)) {
    for (const spec of site.composers) {
      for (const element of root.querySelectorAll<HTMLElement>(spec.editorSelector)) {
        // The first spec an editor matches wins: specs are ordered from specific to general.
        if (!found.has(element)) found.set(element, spec);
      }
    }
  }
  return found;
}

/** The document and the open shadow roots of the site's shadow hosts. */
export function searchRoots(site: SiteAdapter, doc: Document = document): Array<Document | ShadowRoot> {
  const roots: Array<Document | ShadowRoot> = [doc];
  for (const selector of site.shadowHosts) {
    for (const host of doc.querySelectorAll(selector)) if (host.shadowRoot) roots.push(host.shadowRoot);
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
 * The submit control a composer posts with: the first one found searching outwards from the
 * editor, so the inline box on X and an open modal's box each find their own button, and both
 * parts of a thread find the one "Post all". Returns null when the composer has no visible control.
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
