import { describe, expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { estimatedTextWidth, fitText, type TextWidth } from './fitText';

/** Every code point 10 px wide: easy to reason about. */
const monospace: TextWidth = (text) => [...text].length * 10;

describe('fitText', () => {
  test('keeps text that fits', () => {
    expect(fitText('go', 100, 12, false, monospace)).toBe('go');
    expect(fitText('', 0, 12, false, monospace)).toBe('');
  });

  test('cuts to the longest prefix that fits with the ellipsis', () => {
    // 10 characters of 10 px in 60 px: five characters and the ellipsis.
    expect(fitText('abcdefghij', 60, 12, false, monospace)).toBe('abcde…');
  });

  test('never splits a code point', () => {
    expect(fitText('😀😀😀😀', 25, 12, false, monospace)).toBe('😀…');
  });

  test('keeps at least one character, like the CSS ellipsis', () => {
    expect(fitText('abc', 5, 12, false, monospace)).toBe('a…');
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 20, max: 400 })])(
    'the result fits, is a prefix of the text, and is the longest such prefix',
    (text, width) => {
      const shown = fitText(text, width, 12, false, estimatedTextWidth);
      if (shown === text) {
        expect(estimatedTextWidth(text, 12, false)).toBeLessThanOrEqual(width);
        return;
      }
      const kept = [...shown].slice(0, -1).join('');
      expect(shown.endsWith('…')).toBe(true);
      expect(text.startsWith(kept)).toBe(true);
      const longer = [...text].slice(0, [...kept].length + 1).join('');
      if ([...kept].length > 1) expect(estimatedTextWidth(shown, 12, false)).toBeLessThanOrEqual(width);
      expect(estimatedTextWidth(`${longer}…`, 12, false)).toBeGreaterThan(width);
    },
  );
});
