/**
 * Where transition labels are rendered: React Flow's edge label layer (the div
 * that moves with the viewport), found once per canvas and handed to every edge
 * through context. React Flow's own EdgeLabelRenderer looks the layer up with a
 * store selector in every edge, which runs a DOM query per edge on every store
 * change (each frame of a pan or drag): 3,000 queries a frame at 1,000 states.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export const EdgeLabelLayerContext = createContext<HTMLElement | null>(null);

/** The canvas's edge label layer, or null before React Flow has rendered it. */
export function findEdgeLabelLayer(canvas: HTMLElement | null): HTMLElement | null {
  return canvas?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null;
}

/** Renders `children` into the edge label layer, like React Flow's EdgeLabelRenderer. */
export function EdgeLabel({ children }: { readonly children: ReactNode }) {
  const layer = useContext(EdgeLabelLayerContext);
  return layer ? createPortal(children, layer) : null;
}
