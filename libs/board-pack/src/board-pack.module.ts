import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { BoardReportModule } from '@app/board-report';
import { IdentityModule } from '@app/identity';
import { PartnershipModule } from '@app/partnership';
import { PlanningModule } from '@app/planning';
import { ProgressModule } from '@app/progress';
import { RoundsModule } from '@app/rounds';
import { BoardPackUrlResolver } from './board-pack-url.resolver';
import { DownloadTokenService } from './download/download-token.service';
import { BoardPackController } from './board-pack.controller';
import { BoardPackService } from './export/board-pack.service';
import { RenderPool } from './export/render-pool';
import { PublishedPackController } from './publish/published-pack.controller';
import { PublishedPackResolver } from './publish/published-pack.resolver';
import { PublishedPackService } from './publish/published-pack.service';

/** The board pack as XLSX, CSV and PDF, rendered off the server's process, and published (frozen) packs (docs/exchange.md). */
@Module({
  imports: [JwtModule.register({}), PlanningModule, PartnershipModule, IdentityModule, ProgressModule, BoardReportModule, RoundsModule],
  controllers: [BoardPackController, PublishedPackController],
  providers: [BoardPackService, DownloadTokenService, BoardPackUrlResolver, RenderPool, PublishedPackService, PublishedPackResolver],
})
export class BoardPackModule {}
