import type { EditorKind } from './types';

/**
 * Editors told by the page's structure, not its words or class names: what the editor libraries
 * themselves put in the DOM (a site can rename its own hooks, but Lexical still marks its root
 * `data-lexical-editor`, Draft.js `public-DraftEditor-content`, Quill `ql-editor`, ProseMirror and
 * TipTap `ProseMirror`), then any editing host (`contenteditable`, usually `role=textbox`), and a
 * textarea inside a form or dialog, or under a post (an article: its comment box, which may have
 * no form of its own). A textarea anywhere else, or a text input, is recognised only once the
 * teacher types prose into it (see `typedEditor`).
 */

const LIBRARY_MARKS: ReadonlyArray<readonly [Exclude<EditorKind, 'textarea' | 'contenteditable' | 'input'>, string]> = [
  ['lexical', '[data-lexical-editor="true"]'],
  ['draft', '.public-DraftEditor-content'],
  ['quill', '.ql-editor'],
  ['prosemirror', '.ProseMirror'],
];

/** Every element that may be an editor, for one `querySelectorAll`; `structuralEditorKind` decides. */
export const STRUCTURAL_EDITORS = `${LIBRARY_MARKS.map(([, selector]) => selector).join(', ')}, [role="textbox"], [contenteditable]:not([contenteditable="false"]), textarea`;

/**
 * A composer's own container, for a textarea: elsewhere a textarea is as likely a settings field.
 * A textarea under a post is its comment box, with or without a form (Instagram's lost its form
 * and posts from script).
 */
const TEXTAREA_CONTAINER = 'form, dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], article, [role="article"]';

/** Editable elements that are an editor's own machinery, never the box a person types in. */
const MACHINERY = '.ql-clipboard';

/** Which editor `element` is, if the structure says it is one; null otherwise. */
export function structuralEditorKind(element: Element): EditorKind | null {
  if (element instanceof HTMLTextAreaElement) return usableTextArea(element) && !searchField(element) && element.closest(TEXTAREA_CONTAINER) ? 'textarea' : null;
  return editingHost(element) === element ? kindOf(element) : null;
}

/** The library behind an editing host, by the marks it puts in the DOM. */
export function kindOf(element: Element): EditorKind {
  if (element instanceof HTMLTextAreaElement) return 'textarea';
  if (element instanceof HTMLInputElement) return 'input';
  for (const [kind, selector] of LIBRARY_MARKS) if (element.matches(selector)) return kind;
  return 'contenteditable';
}

/**
 * The root of the contenteditable region `node` is in (the element the editor library owns), or
 * null when `node` is not in one, or is in an editor's hidden machinery or a hidden region.
 */
export function editingHost(node: Node | null): HTMLElement | null {
  let element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  if (!element?.isContentEditable) return null;
  while (element.parentElement?.isContentEditable) element = element.parentElement;
  if (element.closest(MACHINERY) || element.closest('[aria-hidden="true"], [inert]')) return null;
  return element;
}

/**
 * The editor the teacher is typing in, from an input event's target: a textarea anywhere, an
 * editing host, or a text input holding prose. Null for anything that is not a place to write a
 * post (a search box, a password, an e-mail address, a one-line form field with a few words).
 */
export function typedEditor(target: EventTarget | null): HTMLElement | null {
  if (target instanceof HTMLTextAreaElement) return usableTextArea(target) && !searchField(target) ? target : null;
  if (target instanceof HTMLInputElement) return proseInput(target) ? target : null;
  return target instanceof Node ? editingHost(target) : null;
}

function usableTextArea(element: HTMLTextAreaElement): boolean {
  return !element.disabled && !element.readOnly;
}

/** A box for searching (some sites search from a textarea), or a combobox's own text field. */
function searchField(field: HTMLElement): boolean {
  return field.closest('[role="search"], [role="combobox"], [role="searchbox"], search') !== null;
}

/** Input types and autocomplete tokens that hold an identity, an address or a search, never a post. */
const NOT_PROSE_AUTOCOMPLETE = /\b(username|email|name|given-name|family-name|nickname|tel|url|street-address|postal-code|one-time-code|current-password|new-password|cc-|organization)\b/;

/** A single-line text field the teacher is writing a sentence in: at least three words. */
function proseInput(input: HTMLInputElement): boolean {
  if (input.type !== 'text' || input.disabled || input.readOnly) return false;
  if (input.list !== null || searchField(input)) return false;
  if (input.getAttribute('role') !== null || NOT_PROSE_AUTOCOMPLETE.test(input.autocomplete)) return false;
  return input.value.trim().split(/\s+/u).length >= 3;
}
