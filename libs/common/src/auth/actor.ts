import { Permission } from './permission';
import { Role } from '@app/domain';
import { roleGrants } from './role-permissions';

/** The signed-in caller, loaded afresh for every request so a removed or demoted account loses access at once. */
export interface Actor {
  userId: string;
  email: string;
  isAdmin: boolean;
  agencyId: string | null;
  /** partnershipId → role */
  memberships: ReadonlyMap<string, Role>;
}

/**
 * True when some role of the actor (or admin) grants the permission, in any partnership.
 * Every role reads, so reading is left to the row check: a signed-in user outside the partnership,
 * even one with no membership left, gets its NOT_FOUND (DESIGN.md, "Permissions"), not FORBIDDEN.
 */
export function actorHasAnywhere(actor: Actor, permission: Permission): boolean {
  if (actor.isAdmin || permission === Permission.Authenticated || permission === Permission.PartnershipRead) return true;
  for (const role of actor.memberships.values()) {
    if (roleGrants(role, permission)) return true;
  }
  return false;
}

/** Partnerships the actor may read; `null` means all (admin). */
export function readablePartnershipIds(actor: Actor): string[] | null {
  return actor.isAdmin ? null : [...actor.memberships.keys()];
}
