/**
 * What a storage command can refuse, as named errors carrying the context; the HTTP layer turns
 * each into its status (PreconditionFailed → 412, validation → 400, Unavailable → 503 …).
 */

export class StorageError extends Error {}

/** The database cannot be reached (down, restarting, connection lost); the write did not happen. */
export class UnavailableError extends StorageError {
  constructor(
    readonly detail: string,
    readonly cause?: unknown,
  ) {
    super(`the database is unavailable: ${detail}`);
    this.name = 'UnavailableError';
  }
}

/** The place changed since the version the writer saw (If-Match). */
export class PreconditionFailedError extends StorageError {
  constructor(
    readonly featureId: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`place "${featureId}" is at version ${currentVersion}, not ${expectedVersion}`);
    this.name = 'PreconditionFailedError';
  }
}

/** The write would store an invalid place or mention; nothing was written. */
export class ValidationError extends StorageError {
  constructor(
    readonly subject: string,
    readonly problems: string[],
  ) {
    super(`${subject}: ${problems.join('; ')}`);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends StorageError {
  constructor(
    readonly kind: 'place' | 'mention' | 'version' | 'user' | 'document' | 'proposal',
    readonly id: string,
  ) {
    super(`no ${kind} "${id}"`);
    this.name = 'NotFoundError';
  }
}

/** The write clashes with what is stored: a taken id or name, a retired place, an overlapping mention. */
export class ConflictError extends StorageError {
  constructor(
    readonly subject: string,
    readonly detail: string,
  ) {
    super(`${subject}: ${detail}`);
    this.name = 'ConflictError';
  }
}

/** The embedded database directory is held by another running process. */
export class DatabaseLockedError extends StorageError {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`${dataDir} is in use by process ${pid}; one process at a time may open the embedded database (use DATABASE_URL to share)`);
    this.name = 'DatabaseLockedError';
  }
}

/** The same bytes were uploaded before: they are that document already. */
export class DuplicateDocumentError extends StorageError {
  constructor(readonly existingId: string) {
    super(`these bytes are document "${existingId}" already`);
    this.name = 'DuplicateDocumentError';
  }
}
