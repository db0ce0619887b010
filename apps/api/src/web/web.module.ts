import { Module } from '@nestjs/common';
import { BoardReportModule } from '@app/board-report';
import { IdentityModule } from '@app/identity';
import { ProgressModule } from '@app/progress';
import { WEB_RESOLVERS } from './my-actions.resolver';
import { SessionController } from './session.controller';

/** What the web app (apps/web) needs beyond the public API: cookie sign-in and a few read fields. */
@Module({
  imports: [BoardReportModule, ProgressModule, IdentityModule],
  controllers: [SessionController],
  providers: [...WEB_RESOLVERS],
})
export class WebModule {}
