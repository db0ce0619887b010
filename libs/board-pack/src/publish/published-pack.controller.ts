import { Controller, Get, Param, Req, Res, StreamableFile } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Actor, Allow, CurrentActor, NotFoundError, Permission } from '@app/common';
import { FrozenFile, FrozenFormat, PublishedPackService } from './published-pack.service';

const FILE = /^([0-9a-fA-F-]{36})\.(pdf|xlsx|csv|json)$/;

/**
 * A published pack's frozen files, byte for byte as published, with the board report's
 * permissions: `/api/published-packs/<id>.pdf` (`.xlsx`, `.csv`, `.json` for the frozen data). The
 * SHA-256 is the strong ETag and the `X-Content-SHA256` header; the bytes never change, so a
 * matching `If-None-Match` is answered 304.
 */
@Controller('api')
export class PublishedPackController {
  constructor(private readonly published: PublishedPackService) {}

  @Get('published-packs/:file')
  @Allow(Permission.PartnershipRead)
  async download(
    @CurrentActor() actor: Actor,
    @Param('file') name: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile | undefined> {
    const match = FILE.exec(name);
    if (!match) throw new NotFoundError('PublishedBoardPack', name, 'id');
    return sendFrozen(req, res, await this.published.file(actor, match[1].toLowerCase(), match[2] as FrozenFormat));
  }
}

/** Sends a frozen file with its hash; 304 when the client already holds these bytes. */
export function sendFrozen(req: Request, res: Response, file: FrozenFile): StreamableFile | undefined {
  const etag = `"${file.sha256}"`;
  res.setHeader('ETag', etag);
  res.setHeader('X-Content-SHA256', file.sha256);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.headers['if-none-match'] === etag) {
    res.status(304);
    return undefined;
  }
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('Content-Length', String(file.body.length));
  return new StreamableFile(file.body);
}
