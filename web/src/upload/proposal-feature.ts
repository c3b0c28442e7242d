/**
 * The GeoJSON Feature an editor's accept sends for a proposal placed on the map: the clicked
 * point, the precision the editor states (a click is never `surveyed`), and a geometrySource that
 * says who placed it and from what, so the map is honest about where the position comes from.
 */
import type { LayerId, Precision, Status } from '../../../types/atlas';

/** A proposal as GET /api/proposals answers it. */
export interface Proposal {
  id: string;
  name: string;
  passageIds: string[];
  suggestion: { geometry: GeoJSON.Geometry; precision: Precision; basis: string } | null;
}

/** What a click can claim: the right place within a km or two, or only the idea of the place. */
export const CLICK_PRECISIONS = ['approximate', 'indicative'] as const satisfies readonly Precision[];
export type ClickPrecision = (typeof CLICK_PRECISIONS)[number];

export interface PlacementChoice {
  proposal: Proposal;
  /** lon, lat as clicked (or the suggestion's point, taken as is) */
  at: [number, number];
  precision: ClickPrecision;
  layer: LayerId;
  category: string;
  status: Status;
  /** blank: the server derives one from the Chinese name's pinyin */
  nameEn: string;
  /** the signed-in editor */
  editor: string;
  /** the document's title, for the geometrySource sentence */
  documentTitle: string;
  /** true when the point is the suggestion's, not a click */
  fromSuggestion: boolean;
}

/** Six decimals (~0.1 m): the gazetteer's checks refuse more, and a click means no more anyway. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** A lowercase slug from the English name; a proposal id keeps it unique when the name has none. */
export function placeIdFor(nameEn: string, proposalId: string): string {
  const slug = nameEn
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const tail = proposalId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(-12);
  return slug ? slug : `proposal-${tail || 'place'}`;
}

export function proposalFeature(choice: PlacementChoice): GeoJSON.Feature<GeoJSON.Point> {
  const { proposal } = choice;
  const how = choice.fromSuggestion
    ? `the suggestion "${proposal.suggestion?.basis ?? ''}"`
    : `"${proposal.name}" as ${choice.documentTitle} describes it`;
  const geometrySource =
    `Placed by ${choice.editor} on the map from ${how}` +
    (choice.precision === 'indicative' ? '; indicative: the documents give no position, the point shows the idea.' : '; approximate, within about 1–2 km.');
  const nameEn = choice.nameEn.trim();
  return {
    type: 'Feature',
    // without an English name the server names it (pinyin) and gives the id; with one, the id follows it
    ...(nameEn ? { id: placeIdFor(nameEn, proposal.id) } : {}),
    geometry: { type: 'Point', coordinates: [round(choice.at[0]), round(choice.at[1])] },
    properties: {
      name_zh: proposal.name,
      ...(nameEn ? { name_en: nameEn } : {}),
      aliases: [],
      layer: choice.layer,
      category: choice.category.trim(),
      status: choice.status,
      precision: choice.precision,
      geometrySource,
      sources: [{ source: `document ${choice.documentTitle}`, note: `proposal ${proposal.id}, passages ${proposal.passageIds.join(', ')}` }],
      passageIds: proposal.passageIds,
    },
  };
}

/** The point of a suggestion, to start from (a polygon's or line's first position is not its middle: use the box centre). */
export function suggestionPoint(suggestion: Proposal['suggestion']): [number, number] | null {
  if (!suggestion) return null;
  const positions: number[][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value) && typeof value[0] === 'number') positions.push(value as number[]);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  walk((suggestion.geometry as { coordinates?: unknown }).coordinates);
  if (positions.length === 0) return null;
  const xs = positions.map((p) => p[0]!);
  const ys = positions.map((p) => p[1]!);
  return [round((Math.min(...xs) + Math.max(...xs)) / 2), round((Math.min(...ys) + Math.max(...ys)) / 2)];
}
