/**
 * What a control's looks say, for the controls a site marks with no attribute at all: a Post
 * button greyed out by a class while the draft is empty (no `disabled`, no `aria-disabled`), or
 * an always-enabled Share styled as the composer's one primary action. Pure functions of the
 * computed style, so the decision is testable without a page; post-control.ts reads the styles.
 */

export interface GreyFacts {
  /** The computed opacity of the control and of its nearest ancestors (a faded row fades its buttons). */
  readonly opacities: readonly number[];
  readonly cursor: string;
  readonly pointerEvents: string;
}

/** Faded to well under full strength, a "not allowed" cursor, or deaf to the pointer: shown as unavailable. */
export function greyedOut({ opacities, cursor, pointerEvents }: GreyFacts): boolean {
  const opacity = opacities.reduce((product, value) => product * (Number.isFinite(value) ? value : 1), 1);
  return opacity <= 0.6 || cursor === 'not-allowed' || pointerEvents === 'none';
}

export interface EmphasisFacts {
  /** The heaviest computed font weight of the control and its text. */
  readonly fontWeight: number;
  readonly color: string;
  readonly backgroundColor: string;
  /** The background the control sits on (its nearest ancestor's solid one). */
  readonly surfaceColor: string;
}

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** `rgb(…)` / `rgba(…)` as computed styles give them (both syntaxes); null for anything else. */
export function parseColor(value: string): Rgba | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** How far a colour is from grey, 0 to 1. */
const chroma = ({ r, g, b }: Rgba) => (Math.max(r, g, b) - Math.min(r, g, b)) / 255;

/**
 * Styled as a primary action: bold, and either filled (a solid background in an accent colour, or
 * standing out from what it sits on: X's is black on a white page, white on a black one) or
 * written in an accent colour (Instagram's blue "Share"). Icons, plain text, and the pale grey
 * chips of a toolbar are not.
 */
export function emphasised({ fontWeight, color, backgroundColor, surfaceColor }: EmphasisFacts): boolean {
  if (fontWeight < 600) return false;
  const background = parseColor(backgroundColor);
  const surface = parseColor(surfaceColor) ?? { r: 255, g: 255, b: 255, a: 1 };
  if (background && background.a >= 0.5 && (chroma(background) >= 0.3 || Math.abs(luminance(background) - luminance(surface)) >= 0.5)) return true;
  const text = parseColor(color);
  return text !== null && text.a >= 0.5 && chroma(text) >= 0.35;
}

const luminance = ({ r, g, b }: Rgba) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
