import { describe, expect, it } from 'vitest';
import { EMPTY_HASH_STATE, formatHash, parseHash } from './url-hash';

describe('url hash', () => {
  it('reads the contract example', () => {
    expect(parseHash('#map=13/30.74/120.49&feature=wuzhen-light&layers=parks,rail')).toEqual({
      ...EMPTY_HASH_STATE,
      feature: 'wuzhen-light',
      layers: ['parks', 'rail'],
    });
  });

  it('tells "no layers key" from "every layer off"', () => {
    expect(parseHash('#map=10/30/120').layers).toBeNull();
    expect(parseHash('#layers=').layers).toEqual([]);
  });

  it('drops ids that could not name anything', () => {
    expect(parseHash('#feature=..%2F..%2Fetc&layers=parks,<b>,rail').feature).toBeNull();
    expect(parseHash('#feature=%E0%A4%A&layers=parks,<b>,rail').layers).toEqual(['parks', 'rail']);
  });

  it("keeps MapLibre's map key in place when writing ours", () => {
    const next = formatHash('#map=13/30.74/120.49&feature=old', { ...EMPTY_HASH_STATE, feature: 'wuzhen-light', layers: ['parks'] });
    expect(next).toBe('#map=13/30.74/120.49&feature=wuzhen-light&layers=parks');
  });

  it('round-trips', () => {
    const state = { ...EMPTY_HASH_STATE, feature: 'wicc', layers: ['rail', 'zones'], passage: 'doc-001-p004', status: ['planned' as const], doc: 'doc-002' };
    expect(parseHash(formatHash('#map=9/30.6/120.5', state))).toEqual(state);
  });

  it('writes an empty hash when nothing is set', () => {
    expect(formatHash('', EMPTY_HASH_STATE)).toBe('');
  });

  it('reads filters, dropping values that are not statuses or precisions', () => {
    const state = parseHash('#status=planned,demolished,proposed&precision=indicative,exact&doc=doc-002');
    expect(state.status).toEqual(['planned', 'proposed']);
    expect(state.precision).toEqual(['indicative']);
    expect(state.doc).toBe('doc-002');
  });

  it('opens the Add document page from #add-document, and a review from #add-document=ID', () => {
    expect(parseHash('#add-document').addDocument).toBe('');
    expect(parseHash('#map=9/30.6/120.5&add-document=doc-u-3f2a').addDocument).toBe('doc-u-3f2a');
    expect(parseHash('#add-document=../etc').addDocument).toBe('');
    expect(parseHash('#feature=x').addDocument).toBeNull();
    expect(formatHash('#map=9/30.6/120.5', { ...EMPTY_HASH_STATE, addDocument: '' })).toBe('#map=9/30.6/120.5&add-document');
    const review = { ...EMPTY_HASH_STATE, addDocument: 'doc-u-3f2a' };
    expect(parseHash(formatHash('', review))).toEqual(review);
  });
});
