import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, NoArgs, Permission, Public } from '@app/common';
import { Agency, Partnership, PartnershipService } from '@app/partnership';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { CreateUserInput } from './inputs/create-user.input';
import { SetMembershipInput } from './inputs/set-membership.input';
import { AuthPayload, Membership, User } from './types/user.type';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly partnerships: PartnershipService,
  ) {}

  @Query(() => User)
  @Allow(Permission.Authenticated)
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.users.me(actor);
  }

  @Mutation(() => AuthPayload)
  @Public()
  async login(@Args('email') email: string, @Args('password') password: string, @Context() ctx: GqlContext): Promise<AuthPayload> {
    const payload = await this.users.login(email, password, ctx.req?.ip ?? 'unknown');
    // The rest of this response is read as the user who just signed in.
    ctx.actor = await this.users.actorOf(payload.user.id);
    return payload;
  }

  @Mutation(() => User)
  @Allow(Permission.PartnershipManage)
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<User> {
    return this.users.create(actor, input);
  }

  @Mutation(() => Membership)
  @Allow(Permission.PartnershipManage)
  setMembership(@CurrentActor() actor: Actor, @Args('input') input: SetMembershipInput): Promise<MembershipEntity> {
    return this.users.setMembership(actor, input);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(user: UserEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Agency | null> {
    return user.agencyId ? this.partnerships.loadAgency(ctx.loaders, user.agencyId) : null;
  }

  @ResolveField(() => [Membership], { description: "The user's memberships in partnerships the caller can see." })
  memberships(user: UserEntity, _args: NoArgs, ctx: GqlContext): Awaitable<MembershipEntity[]> {
    return this.users.loadMemberships(ctx.loaders, ctx.actor!, user.id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  constructor(private readonly partnerships: PartnershipService) {}

  @ResolveField(() => Partnership)
  async partnership(membership: MembershipEntity, _args: NoArgs, ctx: GqlContext): Promise<Partnership> {
    return (await this.partnerships.loadPartnership(ctx.loaders, membership.partnershipId))!;
  }
}
