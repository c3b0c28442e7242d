import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, processingTrouble, troubleBeforeUpload, uploadTrouble } from './upload-problem';

describe('an upload answer in the planner words', () => {
  it('names each refusal the contract lists by its status', () => {
    expect(uploadTrouble(413, { detail: 'The file is 21.0 MB; the limit is 20.0 MB.' }).kind).toBe('too-large');
    expect(uploadTrouble(415, {}).kind).toBe('unsupported');
    expect(uploadTrouble(422, { detail: 'no text layer' })).toEqual({ kind: 'unreadable', status: 422, detail: 'no text layer', existingId: null });
    expect(uploadTrouble(401, null).kind).toBe('signed-out');
    expect(uploadTrouble(0, null).kind).toBe('network');
    expect(uploadTrouble(500, 'not json').kind).toBe('other');
  });

  it('finds the existing document of a 409 in a member, or else in the sentence', () => {
    expect(uploadTrouble(409, { existingId: 'doc-upload-7', detail: 'x' }).existingId).toBe('doc-upload-7');
    expect(uploadTrouble(409, { documentId: 'doc-002' }).existingId).toBe('doc-002');
    expect(uploadTrouble(409, { detail: 'The same bytes are already document doc-9f3a.' }).existingId).toBe('doc-9f3a');
    expect(uploadTrouble(409, { detail: 'already uploaded' }).existingId).toBeNull();
    // only a duplicate names a document to open
    expect(uploadTrouble(422, { documentId: 'doc-002' }).existingId).toBeNull();
  });

  it('refuses an oversized or unknown file before sending it', () => {
    expect(troubleBeforeUpload({ name: 'plan.docx', size: MAX_UPLOAD_BYTES + 1 })?.kind).toBe('too-large');
    expect(troubleBeforeUpload({ name: 'photo.PNG', size: 10 })?.kind).toBe('unsupported');
    expect(troubleBeforeUpload({ name: 'no-extension', size: 10 })?.kind).toBe('unsupported');
    expect(troubleBeforeUpload({ name: '规划.TXT', size: MAX_UPLOAD_BYTES })).toBeNull();
  });

  it('keeps the reason of a failed processing', () => {
    expect(processingTrouble({ status: 422, detail: 'The PDF has no text layer.' })).toEqual({ kind: 'failed', status: 422, detail: 'The PDF has no text layer.', existingId: null });
    expect(processingTrouble(undefined).detail).toBeNull();
  });
});
