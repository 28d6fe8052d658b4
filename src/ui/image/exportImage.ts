/**
 * Downloads the open machine's diagram as `<stem>.svg` or `<stem>.png` (2×,
 * for slides), drawn with the sizes the canvas measured.
 */
import { fileStem } from '../../core/codegen/fileStem';
import type { Machine } from '../../core/machine';
import { placeMissing } from '../canvas/placement';
import { downloadBlob, downloadText } from '../files/download';
import { measureDrawn } from '../layout/measureDrawn';
import { browserTextWidth } from '../text/browserTextWidth';
import { diagramSvg, type DiagramSvg } from './diagramSvg';

const PNG_SCALE = 2;

function currentDiagram(machine: Machine): DiagramSvg {
  return diagramSvg(machine, placeMissing(machine), measureDrawn(machine), browserTextWidth());
}

export function downloadSvg(machine: Machine): void {
  downloadText(currentDiagram(machine).svg, `${fileStem(machine.name)}.svg`, 'image/svg+xml');
}

/** Draws the SVG into a canvas at twice its size and downloads the PNG. */
export async function downloadPng(machine: Machine): Promise<void> {
  const { svg, width, height } = currentDiagram(machine);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the diagram could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw images');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(`the image is too large for this browser (${canvas.width} × ${canvas.height} pixels); download the SVG instead`);
    downloadBlob(blob, `${fileStem(machine.name)}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
