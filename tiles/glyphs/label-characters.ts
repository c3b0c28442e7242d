/**
 * Every text the map can draw as a label, and the characters in them: the glyph build ships
 * exactly these beyond the whole Latin ranges, and glyph-coverage.test.ts checks they are all there.
 * Texts are made the way the web app makes them (facts labels by factsCollection from the claims
 * the API serves, reach labels by reachLabels), so a new name or claim shows up here.
 */
import type { AtlasStore } from '../../core/store/atlas-store';
import { FACT_MEASURES, factsCollection } from '../../web/src/map/facts-layer';
import { reachLabels, reachOverlay } from '../../web/src/tools/reach';
import { REACH_DEFAULTS } from '../../web/src/tools/reach-speeds';
import { PLACES_FILE } from '../build/basemap-config';
import { loadPlaces } from '../build/places';

export interface LabelTexts {
  /** where the texts come from, as a planner would look for it */
  source: string;
  texts: string[];
}

/** Where a character is first used: enough to find the label that needs it. */
export interface CharacterUse {
  text: string;
  source: string;
}

const LANGS = ['zh', 'en'] as const;

export function labelTexts(store: AtlasStore, placesFile = PLACES_FILE): LabelTexts[] {
  const claims = store.claims.claims;
  return [
    {
      source: 'basemap places (tiles/build/data/places.geojson)',
      texts: loadPlaces(placesFile).flatMap((p) => [p.name_zh, p.name_en]),
    },
    {
      source: 'gazetteer names (geodata/places)',
      texts: store.features.flatMap((f) => [f.properties.name_zh, f.properties.name_en]),
    },
    {
      source: 'facts-layer labels (claims of the corpus)',
      texts: FACT_MEASURES.flatMap((measure) =>
        factsCollection(store.features, claims, { measure }).features.flatMap((f) => [f.properties.label_zh, f.properties.label_en]),
      ),
    },
    {
      source: 'reach tool labels (web/src/tools/tool-strings.ts)',
      texts: LANGS.flatMap((lang) =>
        reachOverlay(REACH_DEFAULTS.wuzhen.at, REACH_DEFAULTS, reachLabels(lang))
          .features.map((f) => f.properties?.text)
          .filter((t): t is string => typeof t === 'string'),
      ),
    },
  ];
}

/** Code point → its first use, in code point order. */
export function labelCharacters(sources: readonly LabelTexts[]): Map<number, CharacterUse> {
  const found = new Map<number, CharacterUse>();
  for (const { source, texts } of sources) {
    for (const text of texts) {
      for (const ch of text) {
        const id = ch.codePointAt(0)!;
        if (!found.has(id)) found.set(id, { text, source });
      }
    }
  }
  return new Map([...found].sort(([a], [b]) => a - b));
}

/** "镇 U+9547 in "乌镇" (gazetteer names)": how a build or test names a character. */
export function describeCharacter(id: number, use: CharacterUse): string {
  const hex = id.toString(16).toUpperCase().padStart(4, '0');
  return `${String.fromCodePoint(id)} U+${hex} in "${use.text}" (${use.source})`;
}
