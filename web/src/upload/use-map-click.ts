/**
 * While a proposal is being placed, a click on the map gives its position and does nothing else:
 * caught on its way down to the canvas, before MapLibre would open the place under it. A press
 * that moved is a drag (the map pans); Escape ends placing.
 */
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** MapLibre's own tolerance: a press that moves further than this is a drag, not a click */
const CLICK_TOLERANCE_PX = 3;

export function useMapClick(map: MapLibreMap | null, onClick: (at: [number, number]) => void, onEscape: () => void): void {
  const escape = useRef(onEscape);
  escape.current = onEscape;
  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    const container = map.getContainer();
    let pressedAt: { x: number; y: number } | null = null;
    const onMouseDown = (event: MouseEvent) => {
      if (event.target === canvas) pressedAt = { x: event.clientX, y: event.clientY };
    };
    const onCanvasClick = (event: MouseEvent) => {
      if (event.target !== canvas) return;
      event.stopPropagation();
      if (pressedAt && Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) > CLICK_TOLERANCE_PX) return;
      const box = canvas.getBoundingClientRect();
      const { lng, lat } = map.unproject([event.clientX - box.left, event.clientY - box.top]);
      onClick([lng, lat]);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') escape.current();
    };
    container.addEventListener('mousedown', onMouseDown, true);
    container.addEventListener('click', onCanvasClick, true);
    window.addEventListener('keydown', onKeyDown);
    map.getCanvasContainer().classList.add('tool-drawing');
    return () => {
      container.removeEventListener('mousedown', onMouseDown, true);
      container.removeEventListener('click', onCanvasClick, true);
      window.removeEventListener('keydown', onKeyDown);
      map.getCanvasContainer().classList.remove('tool-drawing');
    };
  }, [map, onClick]);
}
