import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Actor, Allow, asDownload, CurrentActor, Permission, Public, queryDate, RestParams, UnauthenticatedError } from '@app/common';
import { UserService } from '@app/identity';
import { DownloadTokenService } from './download/download-token.service';
import { BoardPackFormatName } from './export/board-pack.data';
import { BoardPackService } from './export/board-pack.service';
import { PackRenderBusyError } from './export/render-pool';
import { sendFrozen } from './publish/published-pack.controller';
import { PublishedPackService } from './publish/published-pack.service';

/**
 * The board pack as XLSX, CSV and PDF over plain HTTP beside /graphql (binary downloads fit REST
 * better than GraphQL), and by the signed links `boardPackUrl` gives out. Bearer tokens as for GraphQL; the same error shape,
 * `{ error: { code, message, field, fields } }`. See docs/exchange.md.
 */
@Controller('api')
export class BoardPackController {
  constructor(
    private readonly packs: BoardPackService,
    private readonly tokens: DownloadTokenService,
    private readonly users: UserService,
    private readonly published: PublishedPackService,
  ) {}

  @Get('plans/:planId/board-pack.xlsx')
  @Allow(Permission.PartnershipRead)
  packXlsx(@CurrentActor() actor: Actor, @Param('planId') planId: string, @Query() query: RestParams, @Res({ passthrough: true }) res: Response) {
    return this.pack(actor, planId, 'xlsx', query, res);
  }

  @Get('plans/:planId/board-pack.csv')
  @Allow(Permission.PartnershipRead)
  packCsv(@CurrentActor() actor: Actor, @Param('planId') planId: string, @Query() query: RestParams, @Res({ passthrough: true }) res: Response) {
    return this.pack(actor, planId, 'csv', query, res);
  }

  @Get('plans/:planId/board-pack.pdf')
  @Allow(Permission.PartnershipRead)
  packPdf(@CurrentActor() actor: Actor, @Param('planId') planId: string, @Query() query: RestParams, @Res({ passthrough: true }) res: Response) {
    return this.pack(actor, planId, 'pdf', query, res);
  }

  /**
   * A board pack by the signed link `boardPackUrl` gave out: no Authorization header, the token in
   * the query. Public to the guard, so the token is checked here, and the user's access afresh.
   */
  @Get('downloads/board-pack')
  @Public()
  async signedPack(@Query() query: RestParams, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<StreamableFile | undefined> {
    const grant = typeof query.token === 'string' ? this.tokens.verify(query.token) : null;
    if (!grant) throw new UnauthenticatedError('The download link is invalid or has expired; ask for a new one');
    // Bound to the user it was made for, whose access is checked now, not when it was signed.
    const actor = (await this.tokens.holderHasAccess(grant)) ? await this.users.actorOf(grant.userId) : null;
    if (!actor) throw new UnauthenticatedError('The download link no longer works: the access of the person it was made for has ended');
    // A published pack's link serves its frozen file, with the same checks as the bearer download.
    if (grant.packId) return sendFrozen(req, res, await this.published.file(actor, grant.packId, grant.format));
    return this.rendered(res, actor, grant.planId, grant.format, grant.asOf, grant.since);
  }

  private pack(actor: Actor, planId: string, format: BoardPackFormatName, query: RestParams, res: Response): Promise<StreamableFile> {
    const asOf = queryDate(query, 'asOf');
    const since = queryDate(query, 'since');
    return this.rendered(res, actor, planId, format, asOf, since);
  }

  /** The pack as a download; when every renderer is busy, 429 with a Retry-After header. */
  private async rendered(
    res: Response,
    actor: Actor,
    planId: string,
    format: BoardPackFormatName,
    asOf: string | null,
    since: string | null,
  ): Promise<StreamableFile> {
    try {
      return asDownload(res, await this.packs.render(actor, planId, format, asOf, since));
    } catch (error) {
      if (error instanceof PackRenderBusyError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }
}
