import { Permission } from './permission';
import { Role } from '@app/domain';

/** DESIGN.md's permission table, per role within a partnership. Admins hold every permission everywhere. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  [Role.COORDINATOR]: new Set([
    Permission.Authenticated,
    Permission.PartnershipRead,
    Permission.PartnershipManage,
    Permission.PlanWrite,
    Permission.ProgressReportAny,
    Permission.ProgressReportOwn,
    Permission.RoundManage,
    Permission.AuditRead,
  ]),
  [Role.PARTNER]: new Set([Permission.Authenticated, Permission.PartnershipRead, Permission.ProgressReportOwn]),
  [Role.BOARD_MEMBER]: new Set([Permission.Authenticated, Permission.PartnershipRead]),
};

/** Permissions only a platform admin has. */
export const ADMIN_ONLY_PERMISSIONS: ReadonlySet<Permission> = new Set([Permission.PartnershipCreate, Permission.AgencyAdmin]);

export function roleGrants(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
