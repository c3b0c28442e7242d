/**
 * The atlas built from the database instead of the files: the corpus is ingested once; places and
 * mention decisions come from storage.loadCuratedState(), and every committed write (of any
 * process sharing the database) rebuilds the atlas in memory.
 */
import type { AtlasInputs } from '../atlas-inputs';
import { loadClaimCorrections } from '../claims/apply-corrections';
import type { AtlasStorage } from '../db/atlas-storage';
import { ingestCorpus } from '../corpus/ingest-corpus';
import { buildAtlas, type AtlasStore } from './atlas-store';
import { loadLayerCatalog } from './layer-catalog';
import { LiveAtlas } from './live-atlas';

export async function openCuratedAtlas(
  storage: AtlasStorage,
  inputs: Pick<AtlasInputs, 'corpusDir' | 'layersFile' | 'documentsFile' | 'claimCorrectionsFile'> & Partial<Pick<AtlasInputs, 'layerThreshold'>>,
  onRefreshError: (error: unknown) => void = (error) => console.error('[atlas] rebuilding from the database failed:', error),
): Promise<LiveAtlas> {
  const catalog = loadLayerCatalog(inputs.layersFile);
  const { documents } = ingestCorpus(inputs.corpusDir, { curatedFile: inputs.documentsFile });
  const corrections = loadClaimCorrections(inputs.claimCorrectionsFile);
  const build = async (): Promise<AtlasStore> => {
    const state = await storage.loadCuratedState();
    return buildAtlas(catalog, documents, state.records, {
      mentionDecisions: state.mentionDecisions,
      featureVersions: state.versions,
      revision: state.revision,
      corrections,
      threshold: inputs.layerThreshold,
    });
  };
  // listen first, so a write that lands while the first atlas is built is not missed
  let live: LiveAtlas | null = null;
  let missed = false;
  await storage.subscribe((event) => {
    if (!live) missed = true;
    else live.refresh(event.kind === 'resync' ? undefined : event.revision).catch(onRefreshError);
  });
  live = new LiveAtlas(await build(), build);
  if (missed) live.refresh().catch(onRefreshError);
  return live;
}
