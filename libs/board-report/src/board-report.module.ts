import { Module } from '@nestjs/common';
import { PartnershipModule } from '@app/partnership';
import { PlanningModule } from '@app/planning';
import { ProgressModule } from '@app/progress';
import { BOARD_REPORT_RESOLVERS } from './board-report.resolvers';
import { BoardReportService } from './board-report.service';
import { BoardMeetingService } from './board-meeting.service';

@Module({
  imports: [PlanningModule, PartnershipModule, ProgressModule],
  providers: [BoardReportService, BoardMeetingService, ...BOARD_REPORT_RESOLVERS],
  exports: [BoardReportService, BoardMeetingService],
})
export class BoardReportModule {}
