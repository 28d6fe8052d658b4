/**
 * Cutting text to a pixel width with an ellipsis, by measurement. The canvas
 * labels and the image export both cut here, so a label reads the same on
 * screen and in a downloaded picture. Pure: the measuring function is passed in.
 */

/** Width of `text` in pixels at `fontSize` (`bold` for state names); the browser passes a real measurement. */
export type TextWidth = (text: string, fontSize: number, bold: boolean) => number;

/** Without a browser: a generous average character width. */
export const estimatedTextWidth: TextWidth = (text, fontSize) => [...text].length * fontSize * 0.55;

/**
 * `text` if it fits in `width` pixels, otherwise its longest prefix (whole code points) that fits with `…` after it.
 * @example fitText('InsertCoin [hasCredit] / acceptCoin', 80, 12, false, estimatedTextWidth) // 'InsertCoin…'
 */
export function fitText(text: string, width: number, fontSize: number, bold: boolean, measure: TextWidth): string {
  if (measure(text, fontSize, bold) <= width) return text;
  const characters = [...text];
  // Binary search for the longest prefix that fits: long labels cost a handful of measurements, not one per character.
  let low = 1;
  let high = characters.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${characters.slice(0, middle).join('')}…`, fontSize, bold) <= width) low = middle;
    else high = middle - 1;
  }
  return `${characters.slice(0, low).join('')}…`;
}
