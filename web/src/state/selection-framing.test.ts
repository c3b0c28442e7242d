import { describe, expect, it } from 'vitest';
import { selectionFraming } from './selection-framing';

describe('how opening a place moves the map', () => {
  it('leaves a view named in the link alone', () => {
    expect(selectionFraming({ from: 'url', hasMapView: true })).toBeNull();
  });

  it('frames the place when the link names no view', () => {
    expect(selectionFraming({ from: 'url', hasMapView: false })).toBe('own');
  });

  it('moves only for a place off screen when the planner opens it here (a click, the list, a story stop)', () => {
    expect(selectionFraming({ from: 'app', hasMapView: true })).toBe('reveal');
    expect(selectionFraming({ from: 'app', hasMapView: false })).toBe('reveal');
  });
});
