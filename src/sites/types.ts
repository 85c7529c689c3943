/**
 * How a site's composers are found and submitted. Each site keeps its selectors in one file
 * (`facebook.ts`, `instagram.ts`, `x.ts`, `linkedin.ts`), trusting `aria-*`, `role`,
 * `data-testid` and `data-*` hooks and never the sites' hashed class names.
 */

export type SiteId = 'facebook' | 'instagram' | 'x' | 'linkedin';

/**
 * The editor behind a composer: a library (known by what it puts in the DOM), a textarea, a text
 * input, or a plain contenteditable. Reading is the same for all of them (see read-draft.ts).
 */
export type EditorKind = 'lexical' | 'draft' | 'quill' | 'prosemirror' | 'textarea' | 'contenteditable' | 'input';

/**
 * Which layer recognised an editor as a composer: the site's own selectors (the fast path), the
 * page's structure (what the editor library puts in the DOM, roles, contenteditable, a textarea
 * in a form or dialog), or the teacher typing in it (an editable box nothing else described).
 */
export type EditorLayer = 'site' | 'structure' | 'typing';

/** A keyboard shortcut that posts: Enter alone (comments), or Ctrl/Cmd+Enter (X). */
export type SubmitKey = 'enter' | 'mod-enter';

export interface SubmitControl {
  /** CSS selector of the control that posts. */
  readonly selector: string;
  /**
   * When the control has no distinguishing attribute (Instagram's "Share" and "Post" are plain
   * `div[role=button]`s), the visible text it must have.
   */
  readonly texts?: readonly string[];
}

export interface ComposerSpec {
  /** Stable id, also the name used in the selector tables' expected counts. */
  readonly id: string;
  readonly editor: EditorKind;
  /** CSS selector of the editable element itself (contenteditable root or textarea). */
  readonly editorSelector: string;
  /**
   * Containers the editor is never inside, checked across shadow roots: CSS's `:not(X *)` stops
   * at a shadow root, so an editor nested in a web component's own root would slip past it.
   */
  readonly notInside?: string;
  /** Controls that post this composer's draft, searched from the composer outwards. */
  readonly submit: readonly SubmitControl[];
  readonly submitKey?: SubmitKey;
}

export interface SiteAdapter {
  readonly id: SiteId;
  /** Hostnames the adapter serves (exact, or a suffix after a dot). */
  readonly hosts: readonly string[];
  /** Composers in order of precedence: the first spec an editor matches wins. */
  readonly composers: readonly ComposerSpec[];
  /** Hosts of open shadow roots that hold composers (LinkedIn renders its share box inside one). */
  readonly shadowHosts: readonly string[];
  /**
   * The site's keyboard convention, told from the page's structure rather than its words: which
   * shortcut posts from an editor its own selectors do not describe (a comment box in Welsh, a
   * composer after a redesign). Undefined when the keys only edit the draft.
   */
  structuralSubmitKey(editor: Element): SubmitKey | undefined;
}

/**
 * How many editors each composer spec must find, and how many submit controls, on a fixture page
 * in a named state (the test knows how to reach each state). Kept beside the selectors, so a
 * selector change is checked against the page it was written for: tests/e2e/selectors.test.ts.
 */
export interface FixtureExpectation {
  readonly url: string;
  readonly state: string;
  readonly editors: Readonly<Record<string, number>>;
  readonly submits: Readonly<Record<string, number>>;
}
