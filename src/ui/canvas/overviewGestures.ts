/**
 * Pointer and wheel on the overview: pressing centres the canvas on the point
 * under the pointer and dragging keeps following it; the wheel zooms the
 * canvas about its centre, within its zoom limits.
 */
import { useEffect, useMemo, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { viewportCentredOn, worldPointAt, zoomAfterWheel, type OverviewFrame } from './overviewGeometry';

export interface OverviewPointerHandlers {
  readonly onPointerDown: (event: ReactPointerEvent<HTMLElement>) => void;
  readonly onPointerMove: (event: ReactPointerEvent<HTMLElement>) => void;
  readonly onPointerUp: (event: ReactPointerEvent<HTMLElement>) => void;
}

export function useOverviewGestures(box: RefObject<HTMLElement | null>, frame: RefObject<OverviewFrame | undefined>): OverviewPointerHandlers {
  const store = useStoreApi();
  const flow = useReactFlow();

  const handlers = useMemo<OverviewPointerHandlers>(() => {
    const centreOnPointer = (event: ReactPointerEvent<HTMLElement>) => {
      const current = frame.current;
      if (!current) return;
      const element = event.currentTarget;
      const bounds = element.getBoundingClientRect();
      // The drawing starts inside the border.
      const world = worldPointAt(current, { x: event.clientX - bounds.left - element.clientLeft, y: event.clientY - bounds.top - element.clientTop });
      const { width, height, transform } = store.getState();
      void flow.setViewport(viewportCentredOn(world, transform[2], { width, height }));
    };
    return {
      onPointerDown: (event) => {
        if (event.button !== 0) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        centreOnPointer(event);
      },
      onPointerMove: (event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) centreOnPointer(event);
      },
      onPointerUp: (event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
      },
    };
  }, [flow, frame, store]);

  // React attaches wheel listeners as passive; this one must stop the page from scrolling.
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      if (!frame.current) return;
      const { transform, minZoom, maxZoom } = store.getState();
      const zoom = zoomAfterWheel(transform[2], event.deltaY, event.deltaMode, minZoom, maxZoom);
      if (zoom !== transform[2]) void flow.zoomTo(zoom);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [box, flow, frame, store]);

  return handlers;
}
