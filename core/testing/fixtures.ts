/** Tiny hand-made records and passages for unit tests of linking and search. */
import type { AtlasDocument, GazetteerRecord, Passage } from '../../types/atlas';
import { parsePassageId } from '../../types/passage-id';

export function record(id: string, name_zh: string, aliases: string[] = [], name_en = id): GazetteerRecord {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [120.49, 30.74] },
    properties: {
      name_zh,
      name_en,
      aliases,
      layer: 'innovation',
      category: 'lab',
      status: 'existing',
      precision: 'approximate',
      geometrySource: 'test fixture',
      sources: [],
    },
  };
}

export function passage(id: string, text: string, documentId = 'doc-test'): Passage {
  return { id, documentId, index: parsePassageId(id)?.index ?? 0, kind: 'paragraph', text, damaged: [], mentions: [] };
}

export function documentOf(passages: Passage[], id = 'doc-test'): AtlasDocument {
  return {
    id,
    title: 'test',
    authors: [],
    publisher: null,
    date: null,
    language: 'zh',
    script: 'Hans',
    sourceFile: 'test.txt',
    passageCount: passages.length,
    passages,
  };
}
