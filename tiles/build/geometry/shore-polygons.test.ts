import { describe, expect, it } from 'vitest';
import type { Box, Position } from './box';
import { assembleWaterPolygons, closeAlongBox, joinPieces, pointInRing, ringArea2, ShoreAssemblyError } from './shore-polygons';

const box: Box = { west: 0, south: 0, east: 10, north: 10 };

describe('shore polygons', () => {
  it('joins pieces cut at bin edges into one chain, and closed pieces into rings', () => {
    const { rings, chains } = joinPieces([
      [[5, 5], [6, 5]],
      [[0, 5], [3, 5], [5, 5]],
      [[6, 5], [10, 5]],
      [[1, 1], [2, 1], [2, 2], [1, 1]],
    ]);
    expect(chains).toEqual([[[0, 5], [3, 5], [5, 5], [6, 5], [10, 5]]]);
    expect(rings).toHaveLength(1);
  });

  it('joins pieces that together close a ring', () => {
    const { rings, chains } = joinPieces([
      [[1, 1], [2, 1], [2, 2]],
      [[2, 2], [1, 2], [1, 1]],
    ]);
    expect(chains).toEqual([]);
    expect(rings).toEqual([[[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]);
  });

  it('closes a chain with water on its left along the box, counter-clockwise', () => {
    const [ring] = closeAlongBox([[[0, 5], [10, 5]]], box);
    expect(ring).toEqual([[0, 5], [10, 5], [10, 10], [0, 10], [0, 5]]);
    expect(ringArea2(ring)).toBeGreaterThan(0);
  });

  it('closes two bays into two rings and a strait into one', () => {
    // water on the left: two separate bays on the south edge
    const bays = closeAlongBox(
      [
        [[4, 0], [3, 2], [2, 0]],
        [[8, 0], [7, 2], [6, 0]],
      ],
      box,
    );
    expect(bays).toHaveLength(2);
    // a strait from the south edge to the north edge and back
    const strait = closeAlongBox(
      [
        [[6, 0], [6, 10]],
        [[4, 10], [4, 0]],
      ],
      box,
    );
    expect(strait).toEqual([[[6, 0], [6, 10], [4, 10], [4, 0], [6, 0]]]);
  });

  it('refuses a chain that stops inside the box', () => {
    expect(() => closeAlongBox([[[0, 5], [5, 5]]], box)).toThrow(ShoreAssemblyError);
  });

  it('builds sea with island holes and a lake with an island from GSHHG-wound pieces', () => {
    // coast: land to the left of west→east travel means land in the north, sea in the south
    const coastWest: Position[] = [[0, 4], [5, 4]];
    const coastEast: Position[] = [[5, 4], [10, 4]];
    const island: Position[] = [[2, 1], [3, 1], [3, 2], [2, 2], [2, 1]]; // ccw: land
    const lake: Position[] = [[6, 6], [6, 8], [8, 8], [8, 6], [6, 6]]; // cw: lake
    const lakeIsland: Position[] = [[6.5, 6.5], [7, 6.5], [7, 7], [6.5, 6.5]]; // ccw
    const { sea, lakes } = assembleWaterPolygons(
      [
        { level: 1, points: coastEast },
        { level: 1, points: coastWest },
        { level: 1, points: island },
        { level: 2, points: lake },
        { level: 3, points: lakeIsland },
      ],
      box,
    );
    expect(sea).toHaveLength(1);
    expect(sea[0]).toHaveLength(2);
    const [outer, hole] = sea[0];
    expect(ringArea2(outer)).toBeGreaterThan(0);
    expect(ringArea2(hole)).toBeLessThan(0);
    expect(pointInRing([5, 1], outer)).toBe(true);
    expect(pointInRing([5, 7], outer)).toBe(false);
    expect(lakes).toHaveLength(1);
    expect(lakes[0]).toHaveLength(2);
    expect(ringArea2(lakes[0][0])).toBeGreaterThan(0);
  });

  it('fills an uncut box with sea only when told it is sea', () => {
    expect(assembleWaterPolygons([], box, { uncutBoxIsSea: true }).sea).toHaveLength(1);
    expect(assembleWaterPolygons([], box).sea).toHaveLength(0);
  });
});
