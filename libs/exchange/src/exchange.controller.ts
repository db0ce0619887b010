import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { Actor, Allow, BadUserInputError, CurrentActor, Permission, Public, UnauthenticatedError } from '@app/common';
import { UserService } from '@app/identity';
import { DownloadTokenService } from './download/download-token.service';
import { asDownload, MAX_UPLOAD_BYTES, queryAgencyKinds, queryDate, queryFlag, UploadLimitInterceptor, uploadedName } from './exchange-http';
import { BoardPackFormatName, slug } from './export/board-pack.data';
import { BoardPackService } from './export/board-pack.service';
import { PackRenderBusyError } from './export/render-pool';
import { importTemplateCsv, importTemplateXlsx } from './export/import-template.writer';
import { ImportReport } from './import/import-report';
import { PlanImportService } from './import/plan-import.service';
import { sendFrozen } from './publish/published-pack.controller';
import { PublishedPackService } from './publish/published-pack.service';

type QueryParams = Record<string, unknown>;

/**
 * Spreadsheets in, board pack out, over plain HTTP beside /graphql (multipart uploads and binary
 * downloads fit REST better than GraphQL). Bearer tokens as for GraphQL; the same error shape,
 * `{ error: { code, message, field, fields } }`. See docs/exchange.md.
 */
@Controller('api')
export class ExchangeController {
  constructor(
    private readonly imports: PlanImportService,
    private readonly packs: BoardPackService,
    private readonly tokens: DownloadTokenService,
    private readonly users: UserService,
    private readonly published: PublishedPackService,
  ) {}

  /** Imports (or with dryRun, the default, checks) a delivery plan spreadsheet, multipart field `file`. */
  @Post('plans/:planId/import')
  @Allow(Permission.PlanWrite)
  @HttpCode(200)
  @UseInterceptors(UploadLimitInterceptor, FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 12 } }))
  importPlan(
    @CurrentActor() actor: Actor,
    @Param('planId') planId: string,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Query() query: QueryParams,
    @Body() form: QueryParams | undefined,
  ): Promise<ImportReport> {
    // Options come as query parameters, or as form fields beside the file (a browser form's way).
    const params = { ...(form && typeof form === 'object' ? form : {}), ...query };
    const options = {
      dryRun: queryFlag(params, 'dryRun', true),
      createMissingAgencies: queryFlag(params, 'createMissingAgencies', false),
      createMissingObjectives: queryFlag(params, 'createMissingObjectives', false),
      agencyKinds: queryAgencyKinds(params, 'agencyKinds'),
      reportedOn: queryDate(params, 'reportedOn'),
      inPlanSince: queryDate(params, 'inPlanSince'),
      effectiveFrom: queryDate(params, 'effectiveFrom'),
    };
    if (!file) throw BadUserInputError.field('file', 'Attach the spreadsheet (.xlsx or .csv) as the multipart form field "file"');
    return this.imports.importPlan(actor, planId, { buffer: file.buffer, originalname: uploadedName(file.originalname) }, options);
  }

  @Get('plans/:planId/import-template.xlsx')
  @Allow(Permission.PartnershipRead)
  async templateXlsx(@CurrentActor() actor: Actor, @Param('planId') planId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const ctx = await this.imports.templateContext(actor, planId);
    return asDownload(res, {
      body: await importTemplateXlsx(ctx),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      fileName: `delivery-plan-template-${slug(ctx.planTitle)}.xlsx`,
    });
  }

  @Get('plans/:planId/import-template.csv')
  @Allow(Permission.PartnershipRead)
  async templateCsv(@CurrentActor() actor: Actor, @Param('planId') planId: string, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const ctx = await this.imports.templateContext(actor, planId);
    return asDownload(res, { body: importTemplateCsv(ctx), contentType: 'text/csv; charset=utf-8', fileName: `delivery-plan-template-${slug(ctx.planTitle)}.csv` });
  }

  @Get('plans/:planId/board-pack.xlsx')
  @Allow(Permission.PartnershipRead)
  packXlsx(@CurrentActor() actor: Actor, @Param('planId') planId: string, @Query() query: QueryParams, @Res({ passthrough: true }) res: Response) {
    return this.pack(actor, planId, 'xlsx', query, res);
  }

  @Get('plans/:planId/board-pack.csv')
  @Allow(Permission.PartnershipRead)
  packCsv(@CurrentActor() actor: Actor, @Param('planId') planId: string, @Query() query: QueryParams, @Res({ passthrough: true }) res: Response) {
    return this.pack(actor, planId, 'csv', query, res);
  }

  @Get('plans/:planId/board-pack.pdf')
  @Allow(Permission.PartnershipRead)
  packPdf(@CurrentActor() actor: Actor, @Param('planId') planId: string, @Query() query: QueryParams, @Res({ passthrough: true }) res: Response) {
    return this.pack(actor, planId, 'pdf', query, res);
  }

  /**
   * A board pack by the signed link `boardPackUrl` gave out: no Authorization header, the token in
   * the query. Public to the guard, so the token is checked here, and the user's access afresh.
   */
  @Get('downloads/board-pack')
  @Public()
  async signedPack(@Query() query: QueryParams, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<StreamableFile | undefined> {
    const grant = typeof query.token === 'string' ? this.tokens.verify(query.token) : null;
    if (!grant) throw new UnauthenticatedError('The download link is invalid or has expired; ask for a new one');
    // Bound to the user it was made for, whose access is checked now, not when it was signed.
    const actor = (await this.tokens.holderHasAccess(grant)) ? await this.users.actorOf(grant.userId) : null;
    if (!actor) throw new UnauthenticatedError('The download link no longer works: the access of the person it was made for has ended');
    // A published pack's link serves its frozen file, with the same checks as the bearer download.
    if (grant.packId) return sendFrozen(req, res, await this.published.file(actor, grant.packId, grant.format));
    return this.rendered(res, actor, grant.planId, grant.format, grant.asOf, grant.since);
  }

  private pack(actor: Actor, planId: string, format: BoardPackFormatName, query: QueryParams, res: Response): Promise<StreamableFile> {
    const asOf = queryDate(query, 'asOf');
    const since = queryDate(query, 'since');
    return this.rendered(res, actor, planId, format, asOf, since);
  }

  /** The pack as a download; when every renderer is busy, 429 with a Retry-After header. */
  private async rendered(res: Response, actor: Actor, planId: string, format: BoardPackFormatName, asOf: string | null, since: string | null): Promise<StreamableFile> {
    try {
      return asDownload(res, await this.packs.render(actor, planId, format, asOf, since));
    } catch (error) {
      if (error instanceof PackRenderBusyError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }
}
