/**
 * The vertices a planner is placing for a measurement, as a reducer: clicks and the
 * "add vertex at map centre" button add, Backspace removes the last, Enter or a double-click
 * finishes, Escape cancels. Kept apart from MapLibre so the rules are tested in node.
 */
import type { Position } from 'geojson';

export type SketchMode = 'distance' | 'area';

export interface Sketch {
  mode: SketchMode;
  vertices: Position[];
  /** a finished sketch keeps its vertices on the map until the next one starts */
  finished: boolean;
}

export type SketchAction =
  | { type: 'add'; at: Position }
  | { type: 'undo' }
  | { type: 'finish' }
  | { type: 'cancel' }
  | { type: 'mode'; mode: SketchMode };

export const EMPTY_SKETCH: Sketch = { mode: 'distance', vertices: [], finished: false };

/** the fewest vertices that make a measurement: a line needs two, an area three */
export const minVertices = (mode: SketchMode) => (mode === 'area' ? 3 : 2);

export function sketchReducer(sketch: Sketch, action: SketchAction): Sketch {
  switch (action.type) {
    case 'add': {
      // a click after a finished measurement starts the next one
      if (sketch.finished) return { ...sketch, vertices: [action.at], finished: false };
      const last = sketch.vertices[sketch.vertices.length - 1];
      if (last && samePosition(last, action.at)) return sketch;
      return { ...sketch, vertices: [...sketch.vertices, action.at] };
    }
    case 'undo':
      if (sketch.vertices.length === 0) return sketch;
      return { ...sketch, vertices: sketch.vertices.slice(0, -1), finished: false };
    case 'finish':
      if (sketch.finished || sketch.vertices.length < minVertices(sketch.mode)) return sketch;
      return { ...sketch, finished: true };
    case 'cancel':
      return { ...sketch, vertices: [], finished: false };
    case 'mode':
      return action.mode === sketch.mode ? sketch : { mode: action.mode, vertices: [], finished: false };
  }
}

/** two clicks on the same spot (a double-click's clicks) add one vertex, not two */
function samePosition(a: Position, b: Position): boolean {
  return Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
}
