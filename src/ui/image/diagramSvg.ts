/**
 * The diagram as a standalone SVG, drawn from the model with the canvas's own
 * geometry (the same arcs, loops, label spots and box sizes), so the picture
 * matches the screen: state boxes with names, final double borders, the
 * initial arrow, arrows with arrowheads and their labels, self-loops on the
 * side the canvas puts them, and arrows naming a missing state dashed in the
 * error colour to a marker with the missing name. Every name goes
 * through `escapeXml`; nothing is ever parsed as markup. Pure: no DOM.
 */
import type { Machine, Point } from '../../core/machine';
import type { Rect } from '../canvas/geometry';
import { MAX_LABEL_WIDTH } from '../canvas/geometryRoutes';
import { transitionLabel } from '../canvas/transitionLabel';
import { drawnDiagram, drawnShape, type DrawnDiagram, type DrawnSizes } from '../layout/drawnDiagram';
import { estimatedTextWidth, fitText, type TextWidth } from '../text/fitText';

const PADDING = 32;
const COLORS = {
  background: '#ffffff',
  border: '#9aa1ab',
  edge: '#7b828c',
  text: '#1f2328',
  faint: '#8a9099',
  labelBorder: '#e3e5e8',
  // --canvas-error and --color-danger-soft (canvas.css, theme.css).
  error: '#c62828',
  errorSoft: '#fdecec',
} as const;
const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;
/** The initial arrow starts this far left of its box (StateNode.css). */
const ENTRY_LENGTH = 38;

/** @example escapeXml('<a & "b">') // '&lt;a &amp; &quot;b&quot;&gt;' */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

export interface DiagramSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/**
 * @example diagramSvg(machine, positions, measureDrawn(machine)).svg // '<svg xmlns=…'
 */
export function diagramSvg(machine: Machine, positions: ReadonlyMap<string, Point>, sizes: DrawnSizes, measure: TextWidth = estimatedTextWidth): DiagramSvg {
  const drawn = drawnDiagram(machine, positions, sizes);
  const bounds = boundsOf(machine, drawn);
  const dx = PADDING - bounds.x;
  const dy = PADDING - bounds.y;
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(machine.name)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${COLORS.edge}"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="${COLORS.background}"/>`,
    `<g transform="translate(${round(dx)} ${round(dy)})">`,
  );

  for (const [index, label] of drawn.labels) {
    const transition = machine.transitions[index]!;
    const shape = drawnShape(machine, index, drawn.states, drawn.edges);
    if (!shape) continue;
    const ghost = drawn.ghosts.get(index);
    out.push(
      ghost
        ? `<path d="${shape.path}" fill="none" stroke="${COLORS.error}" stroke-width="1.5" stroke-dasharray="5 4" marker-end="url(#arrow)"/>`
        : `<path d="${shape.path}" fill="none" stroke="${COLORS.edge}" stroke-width="1.5" marker-end="url(#arrow)"/>`,
    );
    if (ghost) {
      const box = ghost.rect;
      const name = fitText(ghost.missing, Math.min(box.width, MAX_LABEL_WIDTH) - 14, 12, false, measure);
      out.push(
        `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="6" fill="${COLORS.errorSoft}" stroke="${COLORS.error}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
        `<text x="${round(box.x + box.width / 2)}" y="${round(box.y + box.height / 2)}" font-size="12" font-style="italic" fill="${COLORS.error}" text-anchor="middle" dominant-baseline="central" xml:space="preserve">${escapeXml(name)}</text>`,
      );
    }
    const text = fitText(transitionLabel(transition), Math.min(label.width, MAX_LABEL_WIDTH) - 14, 12, false, measure);
    out.push(
      `<rect x="${round(label.x)}" y="${round(label.y)}" width="${round(label.width)}" height="${round(label.height)}" rx="5" fill="${COLORS.background}" stroke="${COLORS.labelBorder}"/>`,
      `<text x="${round(label.x + label.width / 2)}" y="${round(label.y + label.height / 2)}" font-size="12" fill="${COLORS.text}" text-anchor="middle" dominant-baseline="central" xml:space="preserve">${escapeXml(text)}</text>`,
    );
  }

  for (const state of machine.states) {
    const box = drawn.states.get(state.name);
    if (!box) continue;
    out.push(`<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="10" fill="${COLORS.background}" stroke="${COLORS.border}" stroke-width="1.5"/>`);
    if (state.final) {
      out.push(`<rect x="${round(box.x + 4)}" y="${round(box.y + 4)}" width="${round(box.width - 8)}" height="${round(box.height - 8)}" rx="7" fill="none" stroke="${COLORS.border}" stroke-width="1.5"/>`);
    }
    const markers = (state.entry?.length ? '↘ ' : '') + '\u0000' + (state.exit?.length ? ' ↗' : '');
    const name = fitText(state.name, box.width - 36 - (markers.length - 1) * 7, 14, true, measure);
    const [before, after] = markers.split('\u0000') as [string, string];
    out.push(
      `<text x="${round(box.x + box.width / 2)}" y="${round(box.y + box.height / 2)}" font-size="14" font-weight="500" fill="${COLORS.text}" text-anchor="middle" dominant-baseline="central" xml:space="preserve">` +
        (before ? `<tspan fill="${COLORS.faint}" font-size="12">${before}</tspan>` : '') +
        escapeXml(name) +
        (after ? `<tspan fill="${COLORS.faint}" font-size="12">${after}</tspan>` : '') +
        '</text>',
    );
    if (state.name === machine.initial) {
      const y = round(box.y + box.height / 2);
      out.push(
        `<circle cx="${round(box.x - ENTRY_LENGTH + 4.5)}" cy="${y}" r="4.5" fill="${COLORS.text}"/>`,
        `<path d="M ${round(box.x - ENTRY_LENGTH + 6)} ${y} L ${round(box.x - 1)} ${y}" stroke="${COLORS.text}" stroke-width="2" marker-end="url(#arrow)"/>`,
      );
    }
  }
  out.push('</g></svg>');
  return { svg: out.join('\n'), width, height };
}

/** Everything drawn: boxes, labels, missing states' markers, the space self-loops stand in, and the initial arrow. */
function boundsOf(machine: Machine, drawn: DrawnDiagram): Rect {
  const { states, labels } = drawn;
  const rects: Rect[] = [...states.values(), ...labels.values(), ...[...drawn.ghosts.values()].map((g) => g.rect)];
  const initial = machine.initial === undefined ? undefined : states.get(machine.initial);
  if (initial) rects.push({ x: initial.x - ENTRY_LENGTH, y: initial.y, width: ENTRY_LENGTH, height: initial.height });
  for (const [index] of labels) {
    const t = machine.transitions[index]!;
    const box = states.get(t.from);
    if (t.from !== t.to || !box) continue;
    // A loop's curve stays under its label, which is already counted; its sides reach a little past the box along its side.
    const side = drawn.edges.sides.loops.get(t.from) ?? 'top';
    if (side === 'top') rects.push({ x: box.x - 40, y: box.y - 20, width: box.width + 80, height: 20 });
    else if (side === 'bottom') rects.push({ x: box.x - 40, y: box.y + box.height, width: box.width + 80, height: 20 });
    else if (side === 'left') rects.push({ x: box.x - 20, y: box.y - 40, width: 20, height: box.height + 80 });
    else rects.push({ x: box.x + box.width, y: box.y - 40, width: 20, height: box.height + 80 });
  }
  if (rects.length === 0) return { x: 0, y: 0, width: 200, height: 100 };
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
