/**
 * A still image of the map for print and PNG, with a scale bar and a north arrow drawn on it.
 * MapLibre's WebGL canvas is cleared after each frame (no preserveDrawingBuffer), so it is read
 * inside the `render` event that follows a repaint, while the frame is still in the buffer.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { metresPerPixel, scaleBar, type ScaleBar } from './scale-bar';

const SNAPSHOT_TIMEOUT_MS = 5000;

export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

export interface MapSnapshot {
  /** a 2D copy of the map canvas, in device pixels, decorated with scale bar and north arrow */
  canvas: HTMLCanvasElement;
  /** device pixels per CSS pixel of the map when it was taken */
  pixelRatio: number;
  scale: ScaleBar;
  bearing: number;
}

export function captureMap(map: MapLibreMap): Promise<MapSnapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      map.off('render', onRender);
      reject(new SnapshotError(`the map did not draw a frame within ${SNAPSHOT_TIMEOUT_MS} ms`));
    }, SNAPSHOT_TIMEOUT_MS);
    function onRender() {
      clearTimeout(timer);
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext('2d');
      if (!ctx) return reject(new SnapshotError('this browser has no 2D canvas'));
      ctx.drawImage(source, 0, 0);
      const pixelRatio = source.clientWidth > 0 ? source.width / source.clientWidth : 1;
      const scale = scaleBar(metresPerPixel(map.getZoom(), map.getCenter().lat) / pixelRatio, 140 * pixelRatio);
      const bearing = map.getBearing();
      drawScaleBar(ctx, scale, pixelRatio, copy.height);
      drawNorthArrow(ctx, bearing, pixelRatio, copy.width);
      resolve({ canvas: copy, pixelRatio, scale, bearing });
    }
    map.once('render', onRender);
    map.triggerRepaint();
  });
}

/** Bottom left, on a white ground: a bar with end ticks and its length. */
function drawScaleBar(ctx: CanvasRenderingContext2D, bar: ScaleBar, s: number, height: number): void {
  const x = 14 * s;
  const y = height - 16 * s;
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x - 8 * s, y - 24 * s, bar.widthPx + 16 * s, 32 * s);
  ctx.strokeStyle = '#1f2328';
  ctx.lineWidth = 2 * s;
  ctx.beginPath();
  ctx.moveTo(x, y - 7 * s);
  ctx.lineTo(x, y);
  ctx.lineTo(x + bar.widthPx, y);
  ctx.lineTo(x + bar.widthPx, y - 7 * s);
  ctx.stroke();
  ctx.fillStyle = '#1f2328';
  ctx.font = `${12 * s}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';
  ctx.fillText(bar.label, x + 4 * s, y - 6 * s);
  ctx.restore();
}

/** Top right: an arrow pointing to true north however the map is turned, with an N. */
function drawNorthArrow(ctx: CanvasRenderingContext2D, bearing: number, s: number, width: number): void {
  const cx = width - 30 * s;
  const cy = 34 * s;
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.beginPath();
  ctx.arc(cx, cy, 22 * s, 0, Math.PI * 2);
  ctx.fill();
  ctx.translate(cx, cy);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = '#1f2328';
  ctx.beginPath();
  ctx.moveTo(0, -6 * s);
  ctx.lineTo(7 * s, 16 * s);
  ctx.lineTo(0, 11 * s);
  ctx.lineTo(-7 * s, 16 * s);
  ctx.closePath();
  ctx.fill();
  ctx.font = `bold ${11 * s}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('N', 0, -13 * s);
  ctx.restore();
}
