/** Image downloads of the diagram, in the File menu: SVG for documents, PNG for slides. */
import { documentStore } from '../../store';
import type { Action } from '../actions/types';

const machine = () => documentStore.getState().history.present;
const hasStates = () => machine().states.length > 0;

export const imageActions: readonly Action[] = [
  {
    id: 'image.svg',
    label: 'Export image (SVG)',
    group: 'export',
    description: 'The diagram as it looks, as a scalable SVG image',
    isEnabled: hasStates,
    run: async () => (await import('./exportImage')).downloadSvg(machine()),
  },
  {
    id: 'image.png',
    label: 'Export image (PNG)',
    group: 'export',
    description: 'The diagram as it looks, as a PNG image at twice the screen size',
    isEnabled: hasStates,
    run: async () => (await import('./exportImage')).downloadPng(machine()),
  },
];
