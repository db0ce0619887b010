import { Extensions } from '@nestjs/graphql';

/** The field extension `PerCaller` sets (GraphQL field config `extensions`; it does not print in the SDL). */
export const PER_CALLER_EXTENSION = 'perCaller';

/**
 * Marks a GraphQL field whose value depends on who asks, beyond whether they may read the
 * partnership: what the caller may do (`canReportProgress`), what they can see of other
 * partnerships (`User.memberships`), their own profile and lists, links signed for them. The
 * response cache (apps/api/src/response-cache.ts) never keeps a document that selects one.
 */
export const PerCaller = (): MethodDecorator & PropertyDecorator => Extensions({ [PER_CALLER_EXTENSION]: true });

/** Whether a field of the built schema is marked `@PerCaller()`. */
export function isPerCaller(field: { extensions?: Readonly<Record<string, unknown>> | null }): boolean {
  return field.extensions?.[PER_CALLER_EXTENSION] === true;
}
