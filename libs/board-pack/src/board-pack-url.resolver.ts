import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, GqlContext, GraphQLDate, PerCaller, Permission } from '@app/common';
import { DOWNLOAD_TTL_SECONDS, DownloadTokenService } from './download/download-token.service';
import { BoardPackService } from './export/board-pack.service';
import { PublishedPackService } from './publish/published-pack.service';
import { BoardPackFormat } from '@app/domain';
import { formatName } from './types/board-pack-format.type';

@Resolver()
export class BoardPackUrlResolver {
  constructor(
    private readonly packs: BoardPackService,
    private readonly tokens: DownloadTokenService,
    private readonly published: PublishedPackService,
  ) {}

  @Query(() => String, {
    description:
      `A link to download the board pack (as boardReport for the same dates) without an Authorization header, valid for ${DOWNLOAD_TTL_SECONDS / 60} ` +
      'minutes and only for this user, plan, format and dates. Checks now what the download will: NOT_FOUND for a plan you cannot read, ' +
      'BAD_USER_INPUT when since is not before asOf.',
  })
  @Allow(Permission.PartnershipRead)
  @PerCaller()
  async boardPackUrl(
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
    @Args('deliveryPlanId', { type: () => ID }) deliveryPlanId: string,
    @Args('format', { type: () => BoardPackFormat }) format: BoardPackFormat,
    @Args('asOf', { type: () => GraphQLDate, nullable: true }) asOf?: string | null,
    @Args('since', { type: () => GraphQLDate, nullable: true }) since?: string | null,
  ): Promise<string> {
    await this.packs.assertCanRender(actor, deliveryPlanId, asOf, since);
    const { token } = this.tokens.sign({ userId: actor.userId, planId: deliveryPlanId, format: formatName(format), asOf: asOf ?? null, since: since ?? null });
    // The address the client reached us by (X-Forwarded-* honoured as far as `trust proxy` allows).
    const base = `${ctx.req.protocol}://${ctx.req.host}`;
    return `${base}/api/downloads/board-pack?token=${encodeURIComponent(token)}`;
  }

  @Query(() => String, {
    description:
      `A link to download a published pack's frozen file without an Authorization header, valid for ${DOWNLOAD_TTL_SECONDS / 60} minutes and only for this user, ` +
      'pack and format; the same checks as the bearer download at /api/published-packs/<id>.<format>. NOT_FOUND for a pack you cannot read.',
  })
  @Allow(Permission.PartnershipRead)
  @PerCaller()
  async publishedBoardPackUrl(
    @CurrentActor() actor: Actor,
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => BoardPackFormat }) format: BoardPackFormat,
  ): Promise<string> {
    const pack = await this.published.get(actor, id);
    const { token } = this.tokens.sign({
      userId: actor.userId,
      planId: pack.deliveryPlanId,
      format: formatName(format),
      asOf: pack.asOf,
      since: pack.since,
      packId: pack.id,
    });
    return `${ctx.req.protocol}://${ctx.req.host}/api/downloads/board-pack?token=${encodeURIComponent(token)}`;
  }
}
