/**
 * Whether the composer sits on a dark page. The four sites each mark their dark theme
 * differently (a class on <html>, a body colour, a theme attribute), so the colour actually
 * painted behind the composer is the one thing they share.
 */
export function themeBehind(element: Element): 'light' | 'dark' {
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const colour = parseRgb(getComputedStyle(node).backgroundColor);
    if (colour && colour.alpha > 0.5) return luminance(colour) < 0.35 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

interface Rgb {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

function parseRgb(value: string): Rgb | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!match) return null;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return { red: Number(match[1]), green: Number(match[2]), blue: Number(match[3]), alpha };
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance({ red, green, blue }: Rgb): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}
