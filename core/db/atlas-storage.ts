/**
 * The storage of the curated atlas, behind one object: open (engine by configuration, migrations,
 * first-start seeding), the write commands, the read model for the in-memory atlas, history,
 * accounts, and a change feed that hears every committed write of every process.
 */
import path from 'node:path';
import type { GazetteerRecord } from '../../types/atlas';
import { REPO_ROOT } from '../atlas-inputs';
import { MENTION_OVERRIDES_FILE } from '../linking/mention-overrides';
import type { MentionDecision } from '../linking/mention-decisions';
import { loadCuratedState, readHistory, type CuratedState, type HistoryRecord } from './curated-state';
import {
  createDocument,
  finishDocument,
  patchDocumentMeta,
  readDocument,
  readDocumentHistory,
  readDocumentTexts,
  removeDocument,
  type DocumentHistoryRecord,
  type DocumentMetaPatch,
  type NewDocument,
  type OrphanedPlace,
  type ProcessingOutcome,
  type StoredDocument,
} from './document-commands';
import { listProcessingDocuments, processUnderLock, resumeDocument, type ResumeDecision } from './document-processing';
import { addMention, rejectMention, removeMention, type MentionTarget } from './mention-commands';
import { migrate } from './migrate';
import { openSqlClient, type DatabaseConfig } from './open-sql-client';
import { createPlace, patchPlace, readPlace, retirePlace, revertPlace, type StoredPlace } from './place-commands';
import { acceptProposal, readProposalDecisions, rejectProposal, type ProposalDecision, type ProposalRef } from './proposal-commands';
import { seedAtlas, type SeedSources } from './seed-atlas';
import type { SqlClient } from './sql-client';
import { SqlAccountStore } from './sql-account-store';
import { CHANGE_CHANNEL, committedRevision, type Author, type ChangeNotice } from './write-command';

export const DEFAULT_SEED: SeedSources = {
  placesDir: path.join(REPO_ROOT, 'geodata/places'),
  mentionOverridesFile: MENTION_OVERRIDES_FILE,
};

/** A committed write anywhere, or `resync`: the feed was cut and writes may have been missed. */
export type StorageEvent = ChangeNotice | { kind: 'resync' };

export interface OpenStorageOptions {
  database: DatabaseConfig;
  /** what a new database starts from (default: the committed files); false leaves it empty (import) */
  seed?: SeedSources | false;
}

export async function openAtlasStorage(options: OpenStorageOptions): Promise<AtlasStorage> {
  const db = await openSqlClient(options.database);
  try {
    await migrate(db);
    if (options.seed !== false) await seedAtlas(db, options.seed ?? DEFAULT_SEED);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new AtlasStorage(db);
}

export class AtlasStorage {
  readonly accounts: SqlAccountStore;
  private readonly subscribers = new Set<(event: StorageEvent) => void>();
  private listening: Promise<() => Promise<void>> | null = null;
  /** documents this process stored and is about to process itself: not another's to resume */
  private readonly ownUploads = new Set<string>();

  constructor(readonly db: SqlClient) {
    this.accounts = new SqlAccountStore(db);
  }

  get engine(): SqlClient['engine'] {
    return this.db.engine;
  }

  /** The highest revision this process's writes committed (0 before any): what the atlas must reach to show them. */
  get committedRevision(): number {
    return committedRevision(this.db);
  }

  createPlace(author: Author, feature: unknown): Promise<StoredPlace> {
    return createPlace(this.db, author, feature);
  }

  patchPlace(author: Author, id: string, patch: unknown, expectedVersion: number): Promise<StoredPlace> {
    return patchPlace(this.db, author, id, patch, expectedVersion);
  }

  retirePlace(author: Author, id: string, expectedVersion: number): Promise<StoredPlace> {
    return retirePlace(this.db, author, id, expectedVersion);
  }

  revertPlace(author: Author, id: string, toVersion: number, expectedVersion?: number): Promise<StoredPlace> {
    return revertPlace(this.db, author, id, toVersion, expectedVersion);
  }

  addMention(author: Author, target: MentionTarget): Promise<MentionDecision> {
    return addMention(this.db, author, target);
  }

  rejectMention(author: Author, target: MentionTarget): Promise<MentionDecision> {
    return rejectMention(this.db, author, target);
  }

  removeMention(author: Author, id: string): Promise<MentionDecision> {
    return removeMention(this.db, author, id);
  }

  /**
   * An upload read into text: stored as `processing` under a new id (409 for bytes stored before).
   * This process owes its processing (processDocument) until then.
   */
  async createDocument(author: Author, input: NewDocument): Promise<StoredDocument> {
    const stored = await createDocument(this.db, author, input);
    this.ownUploads.add(stored.id);
    return stored;
  }

  finishDocument(id: string, outcome: ProcessingOutcome): Promise<StoredDocument> {
    return finishDocument(this.db, id, outcome);
  }

  /**
   * Processes a `processing` document from its stored text, once across every process sharing the
   * database (document-processing.ts): null when another process has it or it is finished already.
   */
  async processDocument(id: string, work: (stored: StoredDocument, text: string) => ProcessingOutcome): Promise<StoredDocument | null> {
    try {
      return await processUnderLock(this.db, id, work);
    } finally {
      this.ownUploads.delete(id);
    }
  }

  /** Documents left `processing` by a process that stopped: every one but those this process is about to process. */
  async documentsToResume(): Promise<string[]> {
    return (await listProcessingDocuments(this.db)).filter((id) => !this.ownUploads.has(id));
  }

  /** Claims a left document for processing again (`resume`), or fails it after too many interruptions. */
  resumeDocument(id: string, by: string): Promise<ResumeDecision> {
    return resumeDocument(this.db, id, by);
  }

  patchDocumentMeta(author: Author, id: string, patch: DocumentMetaPatch): Promise<StoredDocument> {
    return patchDocumentMeta(this.db, author, id, patch);
  }

  removeDocument(author: Author, id: string, orphaned: readonly OrphanedPlace[]): Promise<StoredDocument> {
    return removeDocument(this.db, author, id, orphaned);
  }

  readDocument(id: string): Promise<StoredDocument | null> {
    return readDocument(this.db, id);
  }

  readDocumentTexts(ids: readonly string[]): Promise<Map<string, string>> {
    return readDocumentTexts(this.db, ids);
  }

  readDocumentHistory(id: string): Promise<DocumentHistoryRecord[]> {
    return readDocumentHistory(this.db, id);
  }

  acceptProposal(author: Author, proposal: ProposalRef, feature: unknown): Promise<StoredPlace> {
    return acceptProposal(this.db, author, proposal, feature);
  }

  rejectProposal(author: Author, proposal: ProposalRef, everywhere: boolean): Promise<ProposalDecision> {
    return rejectProposal(this.db, author, proposal, everywhere);
  }

  readProposalDecisions(): Promise<ProposalDecision[]> {
    return readProposalDecisions(this.db);
  }

  readPlace(id: string): Promise<StoredPlace | null> {
    return readPlace(this.db, id);
  }

  readHistory(featureId: string): Promise<HistoryRecord[] | null> {
    return readHistory(this.db, featureId);
  }

  /** What the in-memory atlas is built from: active places and mention decisions, at one revision. */
  loadCuratedState(): Promise<CuratedState> {
    return loadCuratedState(this.db);
  }

  /**
   * Calls `callback` after every committed write, this process's and every other's sharing the
   * database. Resolves once listening; returns the unsubscribe function.
   */
  async subscribe(callback: (event: StorageEvent) => void): Promise<() => void> {
    this.subscribers.add(callback);
    this.listening ??= this.db.listen(
      CHANGE_CHANNEL,
      (payload) => this.dispatch(parseNotice(payload)),
      () => this.dispatch({ kind: 'resync' }),
    );
    await this.listening;
    return () => this.subscribers.delete(callback);
  }

  async close(): Promise<void> {
    this.subscribers.clear();
    const unlisten = await this.listening?.catch(() => null);
    await unlisten?.().catch(() => {});
    await this.db.close();
  }

  private dispatch(event: StorageEvent): void {
    for (const callback of this.subscribers) callback(event);
  }
}

function parseNotice(payload: string): StorageEvent {
  try {
    const notice = JSON.parse(payload) as ChangeNotice;
    return typeof notice.revision === 'number' ? notice : { kind: 'resync' };
  } catch {
    return { kind: 'resync' };
  }
}

export type { ProcessingOutcome, ResumeDecision };
export type { GazetteerRecord, StoredPlace, CuratedState, HistoryRecord, MentionTarget, Author, StoredDocument, NewDocument, DocumentMetaPatch, OrphanedPlace, ProposalRef, ProposalDecision };
