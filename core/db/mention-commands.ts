/**
 * The writes to links between passages and places: addMention (an editor's mention),
 * rejectMention (an automatic link that must stay rejected when the corpus is linked again) and
 * removeMention (an editor's mention taken back). Each appends to the place's history.
 * The caller (who knows the passages) passes the surface text at the range.
 */
import { addedMentionId, rejectionId, type MentionDecision } from '../linking/mention-decisions';
import type { SqlClient, SqlQuerier } from './sql-client';
import { ConflictError, NotFoundError, ValidationError } from './storage-errors';
import { appendHistory, checkAuthor, isoTime, writeCommand, type Author } from './write-command';

export interface MentionTarget {
  passageId: string;
  start: number;
  end: number;
  featureId: string;
  /** passage.text.slice(start, end) */
  text: string;
}

export async function addMention(db: SqlClient, author: Author, target: MentionTarget): Promise<MentionDecision> {
  return decide(db, author, 'add', target);
}

export async function rejectMention(db: SqlClient, author: Author, target: MentionTarget): Promise<MentionDecision> {
  return decide(db, author, 'reject', target);
}

/** Takes back an editor's mention; its record stays in the place's history. */
export async function removeMention(db: SqlClient, author: Author, id: string): Promise<MentionDecision> {
  const { by, reason } = checkAuthor(author);
  return writeCommand(db, async (tx, at) => {
    const [row] = await tx.query<DecisionRow>(`SELECT ${DECISION_COLUMNS} FROM mention_decisions WHERE id = $1 AND kind = 'add' FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError('mention', id);
    const decision = decisionOf(row);
    await tx.query('DELETE FROM mention_decisions WHERE id = $1', [id]);
    await appendHistory(tx, { featureId: decision.featureId, at, by, action: 'removeMention', reason, before: decision, after: null, version: null });
    return { value: decision, change: { kind: 'mention', featureId: decision.featureId } };
  });
}

export async function readMentionDecisions(db: SqlQuerier): Promise<{ added: MentionDecision[]; rejected: MentionDecision[] }> {
  const rows = await db.query<DecisionRow & { kind: 'add' | 'reject' }>(
    `SELECT kind, ${DECISION_COLUMNS} FROM mention_decisions ORDER BY passage_id, start_offset, end_offset, feature_id, kind`,
  );
  return {
    added: rows.filter((r) => r.kind === 'add').map(decisionOf),
    rejected: rows.filter((r) => r.kind === 'reject').map(decisionOf),
  };
}

async function decide(db: SqlClient, author: Author, kind: 'add' | 'reject', target: MentionTarget): Promise<MentionDecision> {
  const { by, reason } = checkAuthor(author);
  checkTarget(target);
  return writeCommand(db, async (tx, at) => {
    const [place] = await tx.query('SELECT 1 FROM places WHERE id = $1 AND NOT retired', [target.featureId]);
    if (!place && kind === 'add') throw new ValidationError('mention', [`featureId: no place has the id "${target.featureId}"`]);
    const id = (kind === 'add' ? addedMentionId : rejectionId)(target.passageId, target);
    const decision: MentionDecision = { id, ...target, at, by, reason };
    const inserted = await tx.query(
      `INSERT INTO mention_decisions (id, kind, passage_id, start_offset, end_offset, surface, feature_id, at, by, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
      [id, kind, target.passageId, target.start, target.end, target.text, target.featureId, at, by, reason],
    );
    if (inserted.length === 0) throw new ConflictError(`mention ${id}`, kind === 'add' ? 'an editor already added this mention' : 'this link is already rejected');
    await appendHistory(tx, {
      featureId: target.featureId,
      at,
      by,
      action: kind === 'add' ? 'addMention' : 'rejectMention',
      reason,
      before: kind === 'add' ? null : decision,
      after: kind === 'add' ? decision : null,
      version: null,
    });
    return { value: decision, change: { kind: 'mention', featureId: target.featureId } };
  });
}

function checkTarget(target: MentionTarget): void {
  const problems: string[] = [];
  if (!Number.isSafeInteger(target.start) || target.start < 0) problems.push('start: a whole number ≥ 0');
  if (!Number.isSafeInteger(target.end) || target.end <= target.start) problems.push('end: a whole number after start');
  if (target.text.length !== target.end - target.start) problems.push('text: must be the passage text from start to end');
  if (!target.passageId) problems.push('passageId: required');
  if (!target.featureId) problems.push('featureId: required');
  if (problems.length > 0) throw new ValidationError('mention', problems);
}

const DECISION_COLUMNS = 'id, passage_id, start_offset, end_offset, surface, feature_id, at, by, reason';

interface DecisionRow {
  id: string;
  passage_id: string;
  start_offset: number;
  end_offset: number;
  surface: string;
  feature_id: string;
  at: Date | string;
  by: string;
  reason: string | null;
}

function decisionOf(row: DecisionRow): MentionDecision {
  return {
    id: row.id,
    passageId: row.passage_id,
    start: row.start_offset,
    end: row.end_offset,
    text: row.surface,
    featureId: row.feature_id,
    at: isoTime(row.at),
    by: row.by,
    reason: row.reason,
  };
}
