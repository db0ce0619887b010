import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@app/common';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditRecord {
  operation: string;
  entityType: string;
  entityId: string;
  partnershipId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON of an entity for the trail: dates as ISO strings, secrets never included. */
export function auditSnapshot<T extends object>(entity: T | null | undefined, omit: (keyof T)[] = []): Record<string, unknown> | null {
  if (!entity) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (omit.includes(key as keyof T) || key === 'passwordHash' || value === undefined) continue;
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) continue; // relations
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/**
 * Writes the audit trail. Always called with the mutation's own EntityManager, so the event and the
 * change commit or roll back together.
 */
@Injectable()
export class AuditService {
  async record(em: EntityManager, actor: Actor | null, record: AuditRecord): Promise<void> {
    await em.insert(AuditEventEntity, {
      partnershipId: record.partnershipId,
      actorId: actor?.userId ?? null,
      operation: record.operation,
      entityType: record.entityType,
      entityId: record.entityId,
      before: (record.before ?? null) as object,
      after: (record.after ?? null) as object,
    });
  }
}
