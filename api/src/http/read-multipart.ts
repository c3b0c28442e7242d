/**
 * A multipart/form-data upload (one file and a few short text fields), read with busboy as it
 * streams: the file is held in memory up to `maxFileBytes` and refused with 413 the moment it
 * grows past it, before the rest is read. The file's name is kept as data only.
 */
import type { Request } from 'express';
import busboy from 'busboy';
import { FileTooLargeError } from '../../../core/formats/upload-errors';
import { ProblemError } from './problem';

export const MULTIPART_LIMITS = {
  /** the contract's 20 MiB (core/formats/upload-limits.ts holds the same) */
  maxFileBytes: 20 * 1024 * 1024,
  /** title, authors, publisher, date: short text */
  maxFieldBytes: 4 * 1024,
  maxFields: 20,
};

export interface MultipartUpload {
  /** the form field name the file came in */
  field: string;
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
  fields: Record<string, string>;
}

export function readMultipart(req: Request, fileField: string, limits = MULTIPART_LIMITS): Promise<MultipartUpload> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(new ProblemError(415, 'Send the document as multipart/form-data with the file in the "file" field.', 'unsupported-media-type'));
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: limits.maxFileBytes, files: 1, fields: limits.maxFields, fieldSize: limits.maxFieldBytes, parts: limits.maxFields + 1 },
      });
    } catch (error) {
      reject(new ProblemError(400, `The multipart body cannot be read: ${(error as Error).message}.`, 'bad-multipart'));
      return;
    }
    const fields: Record<string, string> = {};
    let file: Omit<MultipartUpload, 'fields'> | null = null;
    let failed = false;
    let pending = 0;
    let finished = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      // the rest of the body is not read: the connection closes once the problem is sent
      req.resume();
      reject(error);
    };
    const settle = () => {
      if (failed || !finished || pending > 0) return;
      if (!file) return fail(new ProblemError(400, `The form has no file in the "${fileField}" field.`, 'missing-file'));
      resolve({ ...file, fields });
    };

    parser.on('file', (name, stream, info) => {
      if (name !== fileField || file) {
        stream.resume();
        return fail(new ProblemError(400, `Send one file, in the "${fileField}" field.`, 'bad-multipart'));
      }
      pending += 1;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
      });
      stream.on('limit', () => fail(new FileTooLargeError(limits.maxFileBytes + 1, limits.maxFileBytes)));
      stream.on('error', fail);
      stream.on('close', () => {
        pending -= 1;
        if (!failed) file = { field: name, bytes: Buffer.concat(chunks, size), fileName: info.filename ?? '', contentType: info.mimeType ?? '' };
        settle();
      });
    });
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated) return fail(new ProblemError(400, `The field "${name.slice(0, 40)}" is longer than ${limits.maxFieldBytes} bytes.`, 'bad-multipart'));
      fields[name] = value;
    });
    parser.on('filesLimit', () => fail(new ProblemError(400, `Send one file, in the "${fileField}" field.`, 'bad-multipart')));
    parser.on('fieldsLimit', () => fail(new ProblemError(400, 'The form has too many fields.', 'bad-multipart')));
    parser.on('partsLimit', () => fail(new ProblemError(400, 'The form has too many parts.', 'bad-multipart')));
    parser.on('error', (error: Error) => fail(new ProblemError(400, `The multipart body cannot be read: ${error.message}.`, 'bad-multipart')));
    parser.on('close', () => {
      finished = true;
      settle();
    });
    req.on('aborted', () => fail(new ProblemError(400, 'The upload was cut off.', 'bad-multipart')));
    req.pipe(parser);
  });
}
