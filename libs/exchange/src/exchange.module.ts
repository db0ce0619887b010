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
import { ExchangeController } from './exchange.controller';
import { BoardPackService } from './export/board-pack.service';
import { RenderPool } from './export/render-pool';
import { PlanImportService } from './import/plan-import.service';
import { PublishedPackController } from './publish/published-pack.controller';
import { PublishedPackResolver } from './publish/published-pack.resolver';
import { PublishedPackService } from './publish/published-pack.service';

/** Delivery plan import from XLSX/CSV, board pack export as XLSX, CSV and PDF, and published (frozen) packs (docs/exchange.md). */
@Module({
  imports: [JwtModule.register({}), PlanningModule, PartnershipModule, IdentityModule, ProgressModule, BoardReportModule, RoundsModule],
  controllers: [ExchangeController, PublishedPackController],
  providers: [PlanImportService, BoardPackService, DownloadTokenService, BoardPackUrlResolver, RenderPool, PublishedPackService, PublishedPackResolver],
})
export class ExchangeModule {}
