import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError } from '../errors/app-error';
import { Actor } from './actor';
import { Permission } from './permission';
import { Role } from '@app/domain';
import { roleGrants } from './role-permissions';

/** What a partnership-scoped check is about: used to name the entity in NOT_FOUND. */
export interface PolicyTarget {
  partnershipId: string;
  entity?: string;
  id?: string;
  field?: string;
}

/**
 * Row-level checks, the first line of every service method. A caller outside the partnership gets
 * NOT_FOUND (existence is not revealed); a member whose role lacks the permission gets FORBIDDEN.
 */
@Injectable()
export class PolicyService {
  roleIn(actor: Actor, partnershipId: string): Role | null {
    return actor.memberships.get(partnershipId) ?? null;
  }

  canRead(actor: Actor, partnershipId: string): boolean {
    return actor.isAdmin || actor.memberships.has(partnershipId);
  }

  can(actor: Actor, permission: Permission, partnershipId: string): boolean {
    if (actor.isAdmin) return true;
    const role = actor.memberships.get(partnershipId);
    return role !== undefined && roleGrants(role, permission);
  }

  assert(actor: Actor, permission: Permission, target: PolicyTarget): void {
    if (!this.canRead(actor, target.partnershipId)) {
      throw new NotFoundError(target.entity ?? 'Partnership', target.id ?? target.partnershipId, target.field);
    }
    if (!this.can(actor, permission, target.partnershipId)) throw new ForbiddenError();
  }

  assertAdmin(actor: Actor): void {
    if (!actor.isAdmin) throw new ForbiddenError();
  }
}
