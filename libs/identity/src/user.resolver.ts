import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, bearerToken, CurrentActor, GqlContext, NoArgs, PerCaller, Permission, Public, sessionCookie } from '@app/common';
import { Agency, Partnership, PartnershipService } from '@app/partnership';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { ChangePasswordArgs } from './inputs/change-password.args';
import { CreateUserInput } from './inputs/create-user.input';
import { PASSWORD_RULE } from './inputs/password.rule';
import { SetMembershipInput } from './inputs/set-membership.input';
import { AuthPayload, Membership, User } from './types/user.type';
import { TokenService } from './token.service';
import { UserService } from './user.service';

@Resolver(() => User)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    private readonly partnerships: PartnershipService,
    private readonly tokens: TokenService,
  ) {}

  @Query(() => User)
  @Allow(Permission.Authenticated)
  @PerCaller()
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

  @Mutation(() => User, {
    description:
      'Admins: any account; an e-mail already in use is a CONFLICT. Coordinators: non-admin accounts; an e-mail that already has an account ' +
      'is not revealed: that account is invited (and added to `partnershipId` with `role` when given) and the answer is the one a new account would get.',
  })
  @Allow(Permission.PartnershipManage)
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<User> {
    return this.users.create(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Ends a membership at once (its token no longer reaches the partnership). Admins and the coordinators of the partnership. ' +
      'The last active coordinator cannot be removed (BAD_USER_INPUT on `userId`).',
  })
  @Allow(Permission.PartnershipManage)
  removeMembership(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('partnershipId', { type: () => ID }) partnershipId: string,
  ): Promise<boolean> {
    return this.users.removeMembership(actor, userId, partnershipId);
  }

  @Mutation(() => User, {
    description:
      'The account can no longer sign in, and its tokens stop working at once. Admins: any account but their own. Coordinators: ' +
      'accounts with memberships, all in partnerships they coordinate (not admins). The last active coordinator of a partnership cannot be deactivated.',
  })
  @Allow(Permission.PartnershipManage)
  deactivateUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserEntity> {
    return this.users.deactivateUser(actor, id);
  }

  @Mutation(() => Boolean, {
    description:
      "Changes the caller's password and ends the account's other sessions (tokens issued before; the caller's own token goes on). " +
      `The current password is required; the new one follows the rule of new accounts: ${PASSWORD_RULE}`,
  })
  @Allow(Permission.Authenticated)
  changePassword(@CurrentActor() actor: Actor, @Args() args: ChangePasswordArgs, @Context() ctx: GqlContext): Promise<boolean> {
    // The session that changes the password goes on, whether a bearer token or the web app's cookie.
    const token = bearerToken(ctx.req?.headers?.authorization) ?? sessionCookie(ctx.req?.headers?.cookie);
    const sessionId = token ? (this.tokens.verifyClaims(token)?.sessionId ?? null) : null;
    return this.users.changePassword(actor, args.currentPassword, args.newPassword, ctx.req?.ip ?? 'unknown', sessionId);
  }

  @Mutation(() => Membership, {
    description: 'Admins: any account. Coordinators: members of partnerships they coordinate and accounts they invited (createUser); other accounts are NOT_FOUND.',
  })
  @Allow(Permission.PartnershipManage)
  setMembership(@CurrentActor() actor: Actor, @Args('input') input: SetMembershipInput): Promise<MembershipEntity> {
    return this.users.setMembership(actor, input);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(user: UserEntity, _args: NoArgs, ctx: GqlContext): Awaitable<Agency | null> {
    return user.agencyId ? this.partnerships.loadAgency(ctx.loaders, user.agencyId) : null;
  }

  @ResolveField(() => [Membership], { description: "The user's memberships in partnerships the caller can see." })
  @PerCaller()
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
