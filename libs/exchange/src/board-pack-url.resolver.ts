import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, Allow, CurrentActor, GqlContext, GraphQLDate, Permission } from '@app/common';
import { DOWNLOAD_TTL_SECONDS, DownloadTokenService } from './download/download-token.service';
import { BoardPackService } from './export/board-pack.service';
import { BoardPackFormat, formatName } from './types/board-pack-format.type';

@Resolver()
export class BoardPackUrlResolver {
  constructor(
    private readonly packs: BoardPackService,
    private readonly tokens: DownloadTokenService,
  ) {}

  @Query(() => String, {
    description:
      `A link to download the board pack (as boardReport for the same dates) without an Authorization header, valid for ${DOWNLOAD_TTL_SECONDS / 60} ` +
      'minutes and only for this user, plan, format and dates. Checks now what the download will: NOT_FOUND for a plan you cannot read, ' +
      'BAD_USER_INPUT when since is not before asOf.',
  })
  @Allow(Permission.PartnershipRead)
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
}
