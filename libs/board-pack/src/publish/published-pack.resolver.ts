import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Allow, Awaitable, CurrentActor, GqlContext, NoArgs, Permission } from '@app/common';
import { User, UserService } from '@app/identity';
import { PublishedPackService } from './published-pack.service';
import {
  BoardPackCommentary,
  BoardPackComparison,
  PackDifference,
  PublishBoardPackInput,
  PublishedBoardPack,
  SaveBoardPackCommentaryInput,
} from './published-pack.types';

@Resolver(() => PublishedBoardPack)
export class PublishedPackResolver {
  constructor(
    private readonly published: PublishedPackService,
    private readonly users: UserService,
  ) {}

  @Mutation(() => PublishedBoardPack, {
    description:
      'Publishes the board pack of a plan for its dates (coordinators, admins): the report data, PDF, XLSX and CSV frozen with the SHA-256 of each, ' +
      'the rules and settings in force, the commentary, who and when. Immutable; the same plan and dates again is a new version and needs a reason.',
  })
  @Allow(Permission.PlanWrite)
  publishBoardPack(@CurrentActor() actor: Actor, @Args('input') input: PublishBoardPackInput): Promise<PublishedBoardPack> {
    return this.published.publish(actor, input);
  }

  @Query(() => [PublishedBoardPack], { description: "A plan's published packs, newest first (their bytes are downloaded from each file's path)." })
  @Allow(Permission.PartnershipRead)
  publishedBoardPacks(@CurrentActor() actor: Actor, @Args('deliveryPlanId', { type: () => ID }) deliveryPlanId: string): Promise<PublishedBoardPack[]> {
    return this.published.list(actor, deliveryPlanId);
  }

  @Query(() => PublishedBoardPack)
  @Allow(Permission.PartnershipRead)
  publishedBoardPack(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PublishedBoardPack> {
    return this.published.get(actor, id);
  }

  @Query(() => BoardPackComparison, { description: 'What changed from one published pack of a plan to another: per figure, per P and per action.' })
  @Allow(Permission.PartnershipRead)
  async compareBoardPacks(
    @CurrentActor() actor: Actor,
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
  ): Promise<BoardPackComparison> {
    const { from, to, differences } = await this.published.compare(actor, fromId, toId);
    return { from, to, differences };
  }

  @Query(() => BoardPackCommentary, { description: "The coordinator's commentary drafts for the plan's next pack (empty, version 0, before the first save)." })
  @Allow(Permission.PartnershipRead)
  boardPackCommentary(@CurrentActor() actor: Actor, @Args('deliveryPlanId', { type: () => ID }) deliveryPlanId: string): Promise<BoardPackCommentary> {
    return this.published.commentary(actor, deliveryPlanId);
  }

  @Mutation(() => BoardPackCommentary, { description: 'Saves the commentary drafts (executive summary and one per P); audited. A stale version is CONFLICT.' })
  @Allow(Permission.PlanWrite)
  saveBoardPackCommentary(@CurrentActor() actor: Actor, @Args('input') input: SaveBoardPackCommentaryInput): Promise<BoardPackCommentary> {
    return this.published.saveCommentary(actor, input);
  }

  @ResolveField(() => [PackDifference], {
    description:
      'What the live report for the same dates now says differently from the frozen data (a back-dated return, a correction): figure by figure and action by action. Empty while they agree.',
  })
  async differences(pack: PublishedBoardPack, _args: NoArgs, ctx: GqlContext): Promise<PackDifference[]> {
    return this.published.differences(ctx.actor!, pack);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who published it.' })
  publishedBy(pack: PublishedBoardPack, _args: NoArgs, ctx: GqlContext): Awaitable<User | null> {
    return this.users.loadUser(ctx.loaders, pack.publishedById);
  }
}
