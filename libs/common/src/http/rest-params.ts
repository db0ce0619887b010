import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { isCalendarDate } from '@app/calendar';
import { BadUserInputError } from '../errors/app-error';

/** A generated file to send: its bytes, media type and the name a browser saves it under. */
export interface DownloadFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** Query parameters or form fields of a REST request. */
export type RestParams = Record<string, unknown>;

/** A true/false query parameter (`true`/`false`, `1`/`0`, `yes`/`no`); `fallback` when absent. */
export function queryFlag(query: RestParams, name: string, fallback: boolean): boolean {
  const value = query[name];
  if (value === undefined || value === '') return fallback;
  if (typeof value === 'string') {
    const v = value.toLowerCase();
    if (['true', '1', 'yes'].includes(v)) return true;
    if (['false', '0', 'no'].includes(v)) return false;
  }
  throw BadUserInputError.field(name, 'Must be true or false');
}

/** A YYYY-MM-DD query parameter, or null when absent. */
export function queryDate(query: RestParams, name: string): string | null {
  const value = query[name];
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  throw BadUserInputError.field(name, 'Must be a calendar date written YYYY-MM-DD');
}

/** Sends a generated file as a download: never cached (it holds a partnership's data), never sniffed. */
export function asDownload(res: Response, file: DownloadFile): StreamableFile {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('Content-Length', String(file.body.length));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(file.body);
}
