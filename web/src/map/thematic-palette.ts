/**
 * Colours of the thematic layers. Chosen from the Okabe–Ito set so layers stay apart for
 * colour-blind readers; status is also carried by dash pattern and fill, never by colour alone.
 */
import type { LayerId } from '../../../types/atlas';

export const LAYER_COLOURS: Record<LayerId, string> = {
  parks: '#D55E00',
  innovation: '#CC79A7',
  venues: '#E69F00',
  rail: '#000000',
  stations: '#000000',
  roads: '#B8860B',
  interchanges: '#8C6D1F',
  waterways: '#0072B2',
  airports: '#56B4E9',
  zones: '#009E73',
  towns: '#555555',
  admin: '#7F7F7F',
};

/** Dash patterns for lines and outlines, by lifecycle status (in line widths). */
export const STATUS_DASHES = {
  existing: null,
  under_construction: [5, 1.5],
  planned: [3, 2],
  proposed: [1, 2],
  study: [0.5, 2.5],
} as const;

export const SELECTION_COLOUR = '#FFD400';
