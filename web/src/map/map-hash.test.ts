import { describe, expect, it } from 'vitest';
import { formatMapView, parseMapView, sameView, withMapView } from './map-hash';

describe('the map view in the hash', () => {
  it('reads MapLibre\'s format, with or without bearing and pitch', () => {
    expect(parseMapView('#map=15/30.7275/120.4955&feature=wuzhen-light')).toEqual({ zoom: 15, center: [120.4955, 30.7275], bearing: 0, pitch: 0 });
    expect(parseMapView('#feature=x&map=12.5/30.7/120.5/-20/45')).toEqual({ zoom: 12.5, center: [120.5, 30.7], bearing: -20, pitch: 45 });
  });

  it('ignores what is not a view', () => {
    for (const hash of ['', '#feature=x', '#map=', '#map=15/30.7', '#map=a/b/c', '#map=15/95/120', '#map=15/30/200', '#map=1/2/3/4/5/6']) expect(parseMapView(hash), hash).toBeNull();
  });

  it('writes a position to within a pixel, and round-trips', () => {
    const view = { zoom: 13.456, center: [120.4955123456, 30.7275987654] as [number, number], bearing: 0, pitch: 0 };
    expect(formatMapView(view)).toBe('13.46/30.7276/120.49551');
    const back = parseMapView(`#map=${formatMapView(view)}`)!;
    expect(sameView(back, view)).toBe(true);
    expect(Math.abs(back.center[0] - view.center[0])).toBeLessThan(1e-5);
  });

  it('sets map= in its place and keeps every other key', () => {
    const view = { zoom: 10, center: [120.49, 30.74] as [number, number], bearing: 0, pitch: 0 };
    expect(withMapView('#feature=a&layers=rail', view)).toBe('#map=10/30.74/120.49&feature=a&layers=rail');
    expect(withMapView('#feature=a&map=3/1/1&layers=rail', view)).toBe('#feature=a&map=10/30.74/120.49&layers=rail');
    expect(withMapView('', { ...view, bearing: 12.34, pitch: 30 })).toBe('#map=10/30.74/120.49/12.3/30');
  });
});
