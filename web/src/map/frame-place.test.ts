import { describe, expect, it } from 'vitest';
import { framePlace } from './frame-place';

const laptop = { width: 1130, height: 844 };
const panel = { top: 0, right: 440, bottom: 0, left: 0 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };
const dot = (x: number, y: number) => ({ minX: x, minY: y, maxX: x, maxY: y });

describe('framing a place', () => {
  it('stays for a place on screen, whatever its size (no jump to z10 for a zone at z15)', () => {
    expect(framePlace(dot(300, 400), laptop, panel)).toEqual({ kind: 'stay' });
    expect(framePlace({ minX: -5000, minY: -3000, maxX: 9000, maxY: 7000 }, laptop, panel)).toEqual({ kind: 'stay' });
    expect(framePlace({ minX: -200, minY: 100, maxX: 20, maxY: 300 }, laptop, panel)).toEqual({ kind: 'stay' });
  });

  it('pans a place hidden under the panel into the clear, at the same zoom', () => {
    const framing = framePlace(dot(1000, 400), laptop, panel);
    expect(framing).toEqual({ kind: 'pan', by: [1000 - 345, 400 - 422] });
  });

  it('flies to a place off screen', () => {
    expect(framePlace(dot(-40, 400), laptop, panel)).toEqual({ kind: 'fit' });
    expect(framePlace({ minX: 2000, minY: 0, maxX: 2500, maxY: 300 }, laptop, none)).toEqual({ kind: 'fit' });
  });

  it('never pans when a panel leaves no clear area: on screen is enough', () => {
    expect(framePlace(dot(100, 100), { width: 300, height: 300 }, { top: 0, right: 400, bottom: 0, left: 0 })).toEqual({ kind: 'stay' });
  });
});
