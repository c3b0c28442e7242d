/**
 * The atlas built from the database instead of the files: the corpus folder is ingested once;
 * places, mention decisions and uploaded documents come from storage.loadCuratedState(), and every
 * committed write (of any process sharing the database) rebuilds the atlas in memory. Uploaded
 * documents are ingested once each (uploaded-documents.ts), not on every rebuild.
 */
import type { AtlasInputs } from '../atlas-inputs';
import type { AtlasInputData } from '../load-atlas';
import { loadClaimCorrections } from '../claims/apply-corrections';
import type { AtlasStorage } from '../db/atlas-storage';
import { ingestCorpus } from '../corpus/ingest-corpus';
import { buildAtlas, type AtlasStore } from './atlas-store';
import { loadLayerCatalog } from './layer-catalog';
import { LiveAtlas } from './live-atlas';
import { PlaceRecordCache } from './place-record-cache';
import { UploadedDocumentCache } from './uploaded-documents';

export type CuratedAtlasInputs = Pick<AtlasInputs, 'corpusDir' | 'layersFile' | 'documentsFile' | 'claimCorrectionsFile'> & Partial<Pick<AtlasInputs, 'layerThreshold'>>;

/** What builds the atlas from the database, with what it keeps between builds. */
export interface CuratedAtlasBuilder {
  /** the atlas of the database as it is now; what did not change since the last build is reused */
  build(): Promise<AtlasStore>;
  uploads: UploadedDocumentCache;
  places: PlaceRecordCache;
  /** one past the corpus folder's highest document number */
  nextDocumentNumber: number;
}

/** What the start-up check read already (checkAtlasInputs): the corpus ingested, the catalogue and corrections; not read a second time. */
export type CheckedInputs = Pick<AtlasInputData, 'catalog' | 'documents' | 'corrections'>;

export function curatedAtlasBuilder(
  storage: AtlasStorage,
  inputs: CuratedAtlasInputs,
  onRefreshError: (error: unknown) => void = (error) => console.error('[atlas] rebuilding from the database failed:', error),
  checked?: CheckedInputs,
): CuratedAtlasBuilder {
  const catalog = checked?.catalog ?? loadLayerCatalog(inputs.layersFile);
  const { documents } = checked ?? ingestCorpus(inputs.corpusDir, { curatedFile: inputs.documentsFile });
  const corrections = checked?.corrections ?? loadClaimCorrections(inputs.claimCorrectionsFile);
  const uploads = new UploadedDocumentCache();
  const corpusNumbers = documents.map((d) => Number(d.id.slice('doc-'.length)));
  const places = new PlaceRecordCache();
  const build = async (): Promise<AtlasStore> => {
    const state = await storage.loadCuratedState();
    const records = places.records(state.records, state.versions);
    const uploaded = await uploads.documents(
      state.documents,
      (ids) => storage.readDocumentTexts(ids),
      (id, error) => onRefreshError(new Error(`uploaded document ${id} could not be ingested; it is left out`, { cause: error })),
    );
    return buildAtlas(catalog, [...documents, ...uploaded], records, {
      uploads: new Map(state.documents.map((d) => [d.id, d])),
      mentionDecisions: state.mentionDecisions,
      featureVersions: state.versions,
      revision: state.revision,
      corrections,
      correctionsFile: inputs.claimCorrectionsFile,
      threshold: inputs.layerThreshold,
    });
  };
  return { build, uploads, places, nextDocumentNumber: Math.max(-1, ...corpusNumbers) + 1 };
}

export async function openCuratedAtlas(
  storage: AtlasStorage,
  inputs: CuratedAtlasInputs,
  onRefreshError: (error: unknown) => void = (error) => console.error('[atlas] rebuilding from the database failed:', error),
  checked?: CheckedInputs,
): Promise<LiveAtlas> {
  const builder = curatedAtlasBuilder(storage, inputs, onRefreshError, checked);
  // listen first, so a write that lands while the first atlas is built is not missed
  let live: LiveAtlas | null = null;
  let missed = false;
  await storage.subscribe((event) => {
    // the feed was cut: the database may have been restored meanwhile, so versions prove nothing
    if (event.kind === 'resync') builder.places.clear();
    if (!live) missed = true;
    else live.refresh(event.kind === 'resync' ? undefined : event.revision).catch(onRefreshError);
  });
  live = new LiveAtlas(await builder.build(), builder.build, { uploads: builder.uploads, nextDocumentNumber: builder.nextDocumentNumber });
  if (missed) live.refresh().catch(onRefreshError);
  return live;
}
