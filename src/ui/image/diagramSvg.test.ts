import { describe, expect, it } from 'vitest';
import { machineFrom } from '../../core/testing/machineFrom';

import { loopShape } from '../canvas/geometry';
import { estimateLabelSize } from '../canvas/geometryRoutes';
import { loopSides } from '../canvas/loopSides';
import { diagramSvg, escapeXml } from './diagramSvg';

const hostile = '<img src=x onerror="alert(1)">';
const machine = machineFrom({
  version: 1,
  name: 'A & B',
  initial: hostile,
  states: [hostile, { name: 'Done', final: true }],
  transitions: [
    { from: hostile, event: "it's <go>", to: 'Done', guard: 'ok' },
    { from: hostile, event: 'tick', to: hostile },
  ],
  layout: { states: { [hostile]: { x: 0, y: 100 }, Done: { x: 400, y: 100 } } },
});
// The hostile name's box as the canvas measures it (wide enough for the whole name).
const sizes = { states: new Map([[hostile, { width: 320, height: 56 }]]), labels: new Map() };

describe('diagramSvg', () => {
  it('escapes every name, so the picture is well-formed XML whatever the names are', () => {
    const { svg } = diagramSvg(machine, machine.layout.positions, sizes);
    expect(svg).not.toContain('<img');
    expect(svg).toContain(escapeXml(hostile));
    expect(svg).toContain('it&apos;s &lt;go&gt; [ok]');
    expect(svg).toContain('<title>A &amp; B</title>');
    // Every tag that opens closes (a rough well-formedness check without a DOM parser).
    const opened = (svg.match(/<(svg|g|text|defs|marker)\b/g) ?? []).length;
    const closed = (svg.match(/<\/(svg|g|text|defs|marker)>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it('draws the final double border, the initial arrow and one arrow per transition, fitted with padding', () => {
    const { svg, width, height } = diagramSvg(machine, machine.layout.positions, sizes);
    expect((svg.match(/marker-end="url\(#arrow\)"/g) ?? []).length).toBe(3);
    expect(svg).toContain('<circle');
    expect((svg.match(/<rect [^>]*rx="7"/g) ?? []).length).toBe(1);
    // A box at 0 and a 160-wide box at 400, the entry arrow on the left, padding on both sides.
    expect(width).toBeGreaterThanOrEqual(560 + 38);
    expect(width).toBeLessThan(760);
    // The loop's label rises above the first box.
    expect(height).toBeGreaterThan(56 + 45 + 2 * 32);
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('puts a loop where the canvas does and draws an arrow to a missing state dashed, to a marker with the escaped name', () => {
    const lights = machineFrom({
      version: 1,
      initial: 'Red',
      states: ['Red', 'Green', 'Yellow'],
      transitions: [
        { from: 'Red', event: 'go', to: 'Green' },
        { from: 'Green', event: 'slow', to: 'Yellow' },
        { from: 'Yellow', event: 'stop', to: 'Red' },
        { from: 'Yellow', event: 'tick', to: 'Yellow' },
        { from: 'Red', event: 'ship', to: '<Gone & "lost">' },
      ],
      layout: { states: { Red: { x: 0, y: 0 }, Green: { x: 360, y: 0 }, Yellow: { x: 180, y: 250 } } },
    });
    const positions = lights.layout.positions;
    const noSizes = { states: new Map(), labels: new Map() };
    const { svg } = diagramSvg(lights, positions, noSizes);
    const yellow = { ...positions.get('Yellow')!, width: 160, height: 56 };
    const side = loopSides(lights.transitions, new Map([...positions].map(([name, p]) => [name, { ...p, width: 160, height: 56 }]))).get('Yellow');
    expect(side).not.toBe('top');
    expect(svg).toContain(`d="${loopShape(yellow, 0, side, estimateLabelSize('tick').width).path}"`);
    expect(svg).not.toContain(`d="${loopShape(yellow, 0).path}"`);
    expect(svg).toMatch(/<path [^>]*stroke="#c62828"[^>]*stroke-dasharray/);
    expect(svg).toContain('&lt;Gone &amp; &quot;lost&quot;&gt;');
    expect(svg).not.toContain('<Gone');
    expect((svg.match(/marker-end="url\(#arrow\)"/g) ?? []).length).toBe(6);
  });
});
