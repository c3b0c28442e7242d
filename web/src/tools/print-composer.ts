/**
 * The exported PNG: the map snapshot (with its scale bar and north arrow) framed by the title
 * and date above, and the legend and sources below, drawn on one 2D canvas.
 */
import type { GeometryFamily } from '../../../types/atlas';
import { wrapText } from './wrap-text';

export interface SheetLegendLayer {
  label: string;
  colour: string;
  family: GeometryFamily;
}

export interface SheetContent {
  title: string;
  subtitle: string;
  map: HTMLCanvasElement;
  /** device pixels per CSS pixel of the map: the sheet's text scales with it */
  pixelRatio: number;
  legendTitle: string;
  layers: SheetLegendLayer[];
  /** status label and its dash pattern in line widths (null: solid) */
  statuses: { label: string; dash: readonly number[] | null }[];
  precisions: string[];
  sourcesTitle: string;
  sources: string[];
  notes: string[];
}

const FONT = "system-ui, -apple-system, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const INK = '#1f2328';
const MUTED = '#5c6470';

export function composeSheet(content: SheetContent): HTMLCanvasElement {
  const s = content.pixelRatio;
  const margin = 24 * s;
  const gap = 24 * s;
  const width = content.map.width + 2 * margin;
  const legendWidth = Math.max(220 * s, content.map.width * 0.38);
  const sourcesWidth = content.map.width - legendWidth - gap;
  const row = 19 * s;
  const line = 17 * s;

  const canvas = document.createElement('canvas');
  const measureCtx = canvas.getContext('2d')!;
  const font = (size: number, weight = 'normal') => `${weight} ${size * s}px ${FONT}`;
  const wrapped = (texts: string[], size: number, maxWidth: number) => {
    measureCtx.font = font(size);
    return texts.map((text) => wrapText(text, maxWidth, (t) => measureCtx.measureText(t).width));
  };

  const sourceLines = wrapped(content.sources, 12, sourcesWidth - 18 * s);
  const noteLines = wrapped(content.notes, 11, sourcesWidth);
  const headerHeight = 62 * s;
  const legendHeight = 24 * s + row * (content.layers.length + content.statuses.length + content.precisions.length) + 2 * 8 * s;
  const sourcesHeight = 24 * s + line * (sourceLines.flat().length + noteLines.flat().length) + 6 * s * (content.sources.length + content.notes.length);
  canvas.width = Math.ceil(width);
  canvas.height = Math.ceil(margin + headerHeight + content.map.height + gap + Math.max(legendHeight, sourcesHeight) + margin);

  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';

  ctx.fillStyle = INK;
  ctx.font = font(22, 'bold');
  ctx.fillText(content.title, margin, margin);
  ctx.fillStyle = MUTED;
  ctx.font = font(13);
  ctx.fillText(content.subtitle, margin, margin + 32 * s);

  const mapTop = margin + headerHeight;
  ctx.drawImage(content.map, margin, mapTop);
  ctx.strokeStyle = '#d8dbe0';
  ctx.lineWidth = s;
  ctx.strokeRect(margin, mapTop, content.map.width, content.map.height);

  // legend, left column
  let y = mapTop + content.map.height + gap;
  ctx.fillStyle = INK;
  ctx.font = font(14, 'bold');
  ctx.fillText(content.legendTitle, margin, y);
  y += 24 * s;
  ctx.font = font(12);
  const symbolWidth = 30 * s;
  const textX = margin + symbolWidth + 8 * s;
  for (const layer of content.layers) {
    drawLayerSwatch(ctx, layer, margin, y + row / 2 - 2 * s, symbolWidth, s);
    ctx.fillStyle = INK;
    ctx.fillText(layer.label, textX, y + 2 * s);
    y += row;
  }
  y += 8 * s;
  for (const status of content.statuses) {
    drawLine(ctx, margin, y + row / 2 - 2 * s, symbolWidth, '#333333', 3 * s, status.dash);
    ctx.fillStyle = INK;
    ctx.fillText(status.label, textX, y + 2 * s);
    y += row;
  }
  y += 8 * s;
  for (const precision of content.precisions) {
    ctx.fillStyle = MUTED;
    ctx.fillText(`· ${precision}`, margin, y + 2 * s);
    y += row;
  }

  // sources, right column
  const sourcesX = margin + legendWidth + gap;
  y = mapTop + content.map.height + gap;
  ctx.fillStyle = INK;
  ctx.font = font(14, 'bold');
  ctx.fillText(content.sourcesTitle, sourcesX, y);
  y += 24 * s;
  ctx.font = font(12);
  sourceLines.forEach((lines, i) => {
    ctx.fillStyle = MUTED;
    ctx.fillText(`${i + 1}.`, sourcesX, y);
    ctx.fillStyle = INK;
    for (const text of lines) {
      ctx.fillText(text, sourcesX + 18 * s, y);
      y += line;
    }
    y += 6 * s;
  });
  ctx.font = font(11);
  ctx.fillStyle = MUTED;
  for (const lines of noteLines) {
    for (const text of lines) {
      ctx.fillText(text, sourcesX, y);
      y += line;
    }
    y += 6 * s;
  }
  return canvas;
}

function drawLayerSwatch(ctx: CanvasRenderingContext2D, layer: SheetLegendLayer, x: number, cy: number, width: number, s: number): void {
  ctx.save();
  if (layer.family === 'Point') {
    ctx.fillStyle = layer.colour;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5 * s;
    ctx.beginPath();
    ctx.arc(x + width / 2, cy, 5 * s, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  } else if (layer.family === 'LineString') {
    drawLine(ctx, x, cy, width, layer.colour, 3.5 * s, null);
  } else {
    ctx.globalAlpha = 0.25;
    ctx.fillStyle = layer.colour;
    ctx.fillRect(x + 3 * s, cy - 6 * s, width - 6 * s, 12 * s);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = layer.colour;
    ctx.lineWidth = 1.5 * s;
    ctx.strokeRect(x + 3 * s, cy - 6 * s, width - 6 * s, 12 * s);
  }
  ctx.restore();
}

function drawLine(ctx: CanvasRenderingContext2D, x: number, cy: number, width: number, colour: string, lineWidth: number, dash: readonly number[] | null): void {
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.lineWidth = lineWidth;
  ctx.setLineDash(dash ? dash.map((d) => d * lineWidth) : []);
  ctx.beginPath();
  ctx.moveTo(x + 2, cy);
  ctx.lineTo(x + width - 2, cy);
  ctx.stroke();
  ctx.restore();
}
