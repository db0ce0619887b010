/**
 * Operation kinds. The guard checks that the caller's roles grant the permission somewhere; the
 * service then checks it for the partnership the rows belong to (`PolicyService.assert`).
 */
export enum Permission {
  /** Read a partnership's data and reports. */
  PartnershipRead = 'partnership.read',
  /** Create partnerships (platform level). */
  PartnershipCreate = 'partnership.create',
  /** Rename, re-kind, share and merge agencies (platform level). */
  AgencyAdmin = 'agency.admin',
  /** Add agencies and members to a partnership; create agencies and accounts for it. */
  PartnershipManage = 'partnership.manage',
  /** Create or edit strategy, objectives, plan, actions and milestones. */
  PlanWrite = 'plan.write',
  /** Report progress on, or complete milestones of, any action of the partnership. */
  ProgressReportAny = 'progress.report-any',
  /** Report progress on actions the caller's agency leads or supports. */
  ProgressReportOwn = 'progress.report-own',
  /** Open, generate and close reporting rounds; acknowledge or query returns; set reminders (issue 16). */
  RoundManage = 'round.manage',
  /** Read the audit trail. */
  AuditRead = 'audit.read',
  /** Any signed-in user (their own profile). */
  Authenticated = 'authenticated',
}

/** The permissions that let a caller report progress; a handler allows either. */
export const PROGRESS_REPORT_PERMISSIONS = [Permission.ProgressReportAny, Permission.ProgressReportOwn] as const;
