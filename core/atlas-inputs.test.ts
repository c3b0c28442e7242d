import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, inputsFromEnv, REPO_ROOT } from './atlas-inputs';

describe('inputsFromEnv', () => {
  it('reads the repository by default', () => {
    const inputs = inputsFromEnv({});
    expect(inputs.layersFile).toBe(path.join(REPO_ROOT, 'geodata/layers.json'));
    expect(inputs.claimCorrectionsFile).toBe(path.join(REPO_ROOT, 'curation/claim-corrections.json'));
    expect(inputs.syntheticPlaces).toBe(false);
  });

  it('moves the catalogue, the curation files and the rules with LAYERS_FILE, CURATION_DIR and SYNTHETIC_PLACES', () => {
    const inputs = inputsFromEnv({ LAYERS_FILE: '/data/layers.json', CURATION_DIR: '/data/curation', SYNTHETIC_PLACES: '1' });
    expect(inputs.layersFile).toBe('/data/layers.json');
    expect([inputs.documentsFile, inputs.mentionOverridesFile, inputs.claimCorrectionsFile]).toEqual([
      '/data/curation/documents.json',
      '/data/curation/mention-overrides.json',
      '/data/curation/claim-corrections.json',
    ]);
    expect(inputs.syntheticPlaces).toBe(true);
  });

  it('refuses a setting it cannot read, saying what to do', () => {
    expect(() => inputsFromEnv({ SYNTHETIC_PLACES: 'yes' })).toThrow(ConfigError);
    expect(() => inputsFromEnv({ GEOJSON_MAX_FEATURES: '-1' })).toThrow(/GEOJSON_MAX_FEATURES must be a whole number ≥ 0, not "-1"; correct the setting/);
  });
});
