import { Module } from '@nestjs/common';
import { PartnershipModule } from '@app/partnership';
import { PlanningModule } from '@app/planning';
import { ProgressModule } from '@app/progress';
import { PlanImportController } from './plan-import.controller';
import { PlanImportService } from './import/plan-import.service';

/** Delivery plan import from XLSX/CSV (real councils' spreadsheets), and the import template (docs/exchange.md). */
@Module({
  imports: [PlanningModule, PartnershipModule, ProgressModule],
  controllers: [PlanImportController],
  providers: [PlanImportService],
})
export class PlanImportModule {}
