import { describe, expect, it } from 'vitest';
import { EMPTY_SKETCH, sketchReducer, type Sketch, type SketchAction } from './sketch';

const run = (actions: SketchAction[], start: Sketch = EMPTY_SKETCH) => actions.reduce(sketchReducer, start);
const add = (x: number, y = 0): SketchAction => ({ type: 'add', at: [x, y] });

describe('sketchReducer', () => {
  it('adds vertices in order and ignores a second click on the same spot (a double-click)', () => {
    expect(run([add(1), add(2), add(2)]).vertices).toEqual([[1, 0], [2, 0]]);
  });

  it('removes the last vertex on undo (Backspace), and does nothing when empty', () => {
    expect(run([add(1), add(2), { type: 'undo' }]).vertices).toEqual([[1, 0]]);
    expect(run([{ type: 'undo' }])).toBe(EMPTY_SKETCH);
  });

  it('finishes a path from two vertices and an area from three', () => {
    expect(run([add(1), { type: 'finish' }]).finished).toBe(false);
    expect(run([add(1), add(2), { type: 'finish' }]).finished).toBe(true);
    const area = run([{ type: 'mode', mode: 'area' }, add(1), add(2), { type: 'finish' }]);
    expect(area.finished).toBe(false);
    expect(sketchReducer(sketchReducer(area, add(3, 1)), { type: 'finish' }).finished).toBe(true);
  });

  it('starts a new measurement with the next click after finishing', () => {
    const next = run([add(1), add(2), { type: 'finish' }, add(5)]);
    expect(next).toEqual({ mode: 'distance', vertices: [[5, 0]], finished: false });
  });

  it('clears on cancel (Escape) and on a change of mode, keeping the mode asked for', () => {
    expect(run([add(1), add(2), { type: 'cancel' }]).vertices).toEqual([]);
    expect(run([add(1), { type: 'mode', mode: 'area' }])).toEqual({ mode: 'area', vertices: [], finished: false });
  });
});
