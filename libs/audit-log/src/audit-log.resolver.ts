import { Args, ID, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEventEntity } from '@app/audit';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, NoArgs, Permission } from '@app/common';
import { User, UserService } from '@app/identity';
import { AuditLogService } from './audit-log.service';
import { AuditEvent, AuditEventConnection } from './audit-event.type';

@Resolver(() => AuditEvent)
export class AuditLogResolver {
  constructor(
    private readonly auditLog: AuditLogService,
    private readonly users: UserService,
  ) {}

  @Query(() => AuditEventConnection, { description: "A partnership's audit trail, newest first (coordinators and admins)." })
  @Allow(Permission.AuditRead)
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args('partnershipId', { type: () => ID }) partnershipId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<AuditEventConnection> {
    const page = await this.auditLog.page(actor, partnershipId, first, after);
    const edges = page.rows.map((row) => ({ cursor: this.auditLog.cursorOf(row), node: row }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @ResolveField(() => User, { nullable: true, description: 'Null for changes made by the system (bootstrap, seed).' })
  actor(event: AuditEventEntity, _args: NoArgs, ctx: GqlContext): Awaitable<User | null> {
    return event.actorId ? this.users.loadUser(ctx.loaders, event.actorId) : null;
  }
}
