/**
 * Text widths measured by the browser in the page's own font (a 2D canvas
 * context's measureText), cached per text, so cutting hundreds of labels costs
 * one measurement each, once.
 */
import { estimatedTextWidth, type TextWidth } from './fitText';

let shared: TextWidth | undefined;

/** The page's measuring function; falls back to an estimate where there is no canvas (tests without a DOM). */
export function browserTextWidth(): TextWidth {
  if (shared) return shared;
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimatedTextWidth;
  const family = getComputedStyle(document.body).fontFamily || 'system-ui, sans-serif';
  const cache = new Map<string, number>();
  shared = (text, fontSize, bold) => {
    const font = `${bold ? 500 : 400} ${fontSize}px ${family}`;
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      if (cache.size > 20_000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
  return shared;
}
