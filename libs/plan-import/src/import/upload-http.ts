import { CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { catchError, Observable, throwError } from 'rxjs';
import { BadUserInputError, RestParams } from '@app/common';
import { AGENCY_KINDS, AgencyKindName, isOneOf } from '@app/domain';

/** Largest spreadsheet an import accepts. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Multer's "File too large" as a message that says what the limit is (still 413, code BAD_USER_INPUT). */
@Injectable()
export class UploadLimitInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? new PayloadTooLargeException(`The file is larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit`)
              : error,
          ),
        ),
      );
  }
}

/**
 * The kinds chosen for agencies an import creates: a JSON object from agency name to kind,
 * `{"Hope for Justice Sandmoor":"VOLUNTARY"}`. Empty when absent; BAD_USER_INPUT naming the
 * parameter for anything else (not JSON, not an object, a kind that does not exist).
 */
export function queryAgencyKinds(query: RestParams, name: string): Record<string, AgencyKindName> {
  const value = query[name];
  if (value === undefined || value === '') return {};
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' ? JSON.parse(value) : null;
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw BadUserInputError.field(name, 'Must be a JSON object from agency name to kind, e.g. {"Hope for Justice":"VOLUNTARY"}');
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > 500) throw BadUserInputError.field(name, 'At most 500 agencies');
  const out: Record<string, AgencyKindName> = {};
  for (const [agency, kind] of entries) {
    const upper = typeof kind === 'string' ? kind.trim().toUpperCase() : '';
    if (!isOneOf(AGENCY_KINDS, upper)) {
      throw BadUserInputError.field(name, `"${agency.slice(0, 60)}": the kind must be one of ${AGENCY_KINDS.join(', ')}`);
    }
    out[agency] = upper;
  }
  return out;
}

/**
 * Multer hands over the file name as Latin-1 (busboy's default for the header); browsers send
 * UTF-8. Re-read it as UTF-8 when that is what it was, so "Plan – 2025.xlsx" shows as written.
 */
export function uploadedName(name: string | undefined): string | undefined {
  if (!name) return name;
  const bytes = Buffer.from(name, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return name;
  }
}
