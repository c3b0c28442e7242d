/**
 * Moving a point and reshaping a line or polygon on the map, with terra-draw (its MapLibre
 * adapter): the place's geometry is handed to terra-draw's select mode, already selected, and each
 * change comes back through `onChange`. Loaded only when an editor edits, as its own chunk.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, type HexColor, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode, TerraDrawSelectMode, type GeoJSONStoreFeatures } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Geometry, LineString, Point, Polygon } from 'geojson';

export type EditableGeometry = Point | LineString | Polygon;

const MODE_OF = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' } as const;

export const GEOMETRY_EDITOR_DEFAULTS = {
  /** decimal places kept: 6 is ~0.1 m, finer than any source we cite */
  coordinatePrecision: 6,
  colour: '#d94801' as const,
};

/** Whether terra-draw can edit this geometry (multi-part geometry is edited as data, not here). */
export function isEditableGeometry(geometry: Geometry): geometry is EditableGeometry {
  return geometry.type in MODE_OF;
}

export interface GeometryEditor {
  /** the geometry as the editor left it */
  geometry(): EditableGeometry;
  /** removes terra-draw's layers and gives the map's clicks back */
  stop(): void;
}

/** Starts editing `geometry` on `map`; resolves once terra-draw is drawing it. */
export function editGeometry(map: MapLibreMap, geometry: EditableGeometry, onChange: (geometry: EditableGeometry) => void, options = GEOMETRY_EDITOR_DEFAULTS): Promise<GeometryEditor> {
  const colour = options.colour as HexColor;
  const editable = { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } };
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: options.coordinatePrecision }),
    modes: [
      new TerraDrawSelectMode({
        // the place stays selected: clicking beside it must not end the edit
        allowManualDeselection: false,
        flags: { point: { feature: { draggable: true } }, linestring: { feature: editable }, polygon: { feature: editable } },
        styles: { selectedPointColor: colour, selectedLineStringColor: colour, selectedPolygonColor: colour, selectedPolygonOutlineColor: colour, selectionPointColor: colour, selectedPointWidth: 9, selectionPointWidth: 7 },
      }),
      new TerraDrawPointMode({ styles: { pointColor: colour, pointWidth: 8 } }),
      new TerraDrawLineStringMode({ styles: { lineStringColor: colour } }),
      new TerraDrawPolygonMode({ styles: { fillColor: colour, outlineColor: colour } }),
    ],
  });
  const mode = MODE_OF[geometry.type];
  let current = geometry;
  return new Promise((resolve, reject) => {
    draw.on('ready', () => {
      const id = draw.getFeatureId();
      const [result] = draw.addFeatures([{ id, type: 'Feature', geometry, properties: { mode } } as GeoJSONStoreFeatures]);
      if (!result?.valid) {
        draw.stop();
        reject(new Error(`terra-draw cannot edit this ${geometry.type}: ${result?.reason ?? 'invalid'}`));
        return;
      }
      draw.setMode('select');
      draw.selectFeature(id);
      draw.on('change', (ids) => {
        if (!ids.includes(id)) return;
        const feature = draw.getSnapshotFeature(id);
        if (!feature) return;
        current = feature.geometry as EditableGeometry;
        onChange(current);
      });
      resolve({
        geometry: () => current,
        stop: () => draw.stop(),
      });
    });
    draw.start();
  });
}
