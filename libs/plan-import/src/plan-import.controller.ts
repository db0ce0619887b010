import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { Actor, Allow, asDownload, BadUserInputError, CurrentActor, Permission, queryDate, queryFlag, RestParams } from '@app/common';
import { slug } from '@app/file-formats';
import { ImportReport } from './import/import-report';
import { PlanImportService } from './import/plan-import.service';
import { MAX_UPLOAD_BYTES, queryAgencyKinds, UploadLimitInterceptor, uploadedName } from './import/upload-http';
import { importTemplateCsv, importTemplateXlsx } from './template/import-template.writer';

/**
 * Spreadsheets in over plain HTTP beside /graphql (multipart uploads fit REST better than GraphQL),
 * and the import template out. Bearer tokens as for GraphQL; the same error shape,
 * `{ error: { code, message, field, fields } }`. See docs/exchange.md.
 */
@Controller('api')
export class PlanImportController {
  constructor(private readonly imports: PlanImportService) {}

  /** Imports (or with dryRun, the default, checks) a delivery plan spreadsheet, multipart field `file`. */
  @Post('plans/:planId/import')
  @Allow(Permission.PlanWrite)
  @HttpCode(200)
  @UseInterceptors(UploadLimitInterceptor, FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 12 } }))
  importPlan(
    @CurrentActor() actor: Actor,
    @Param('planId') planId: string,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Query() query: RestParams,
    @Body() form: RestParams | undefined,
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
}
