/**
 * The DOM's tree walks, across open shadow roots. Sites ship parts of a composer as web components
 * with shadow roots of their own (LinkedIn's share editor sits in one nested inside the shadow root
 * of the page's outlet), while the composer's dialog and buttons stay in the tree around it;
 * `parentElement`, `contains`, `closest` and CSS's `:not(X *)` all stop at a shadow root.
 */

/** An element's parent, or, at the top of a shadow root, its host. */
export function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** `Node.contains`, across shadow roots: whether `node` is `ancestor` or inside it. */
export function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) if (current === ancestor) return true;
  return false;
}

/** `Element.closest`, across shadow roots. */
export function composedClosest(element: Element, selector: string): Element | null {
  for (let current: Element | null = element; current; current = composedParent(current)) if (current.matches(selector)) return current;
  return null;
}
