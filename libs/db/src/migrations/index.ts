import { InitialSchema1763856000000 } from './1763856000000-InitialSchema';
import { LoginFailure1763870000000 } from './1763870000000-LoginFailure';
import { ReportIndexes1795411299013 } from './1795411299013-ReportIndexes';
import { DataVersion1795430000000 } from './1795430000000-DataVersion';
import { SignInAndAccounts1796300000000 } from './1796300000000-SignInAndAccounts';
import { PlanHistory1796500000000 } from './1796500000000-PlanHistory';
import { BoardMeetings1796500000001 } from './1796500000001-BoardMeetings';
import { AgencyScope1796600000000 } from './1796600000000-AgencyScope';
import { ReportingRounds1796700000000 } from './1796700000000-ReportingRounds';
import { MailOutbox1796700000001 } from './1796700000001-MailOutbox';
import { PublishedBoardPack1796800000000 } from './1796800000000-PublishedBoardPack';
import { PublishedPackMeeting1796800000001 } from './1796800000001-PublishedPackMeeting';
import { ObjectiveVersionPillarCheck1796900000000 } from './1796900000000-ObjectiveVersionPillarCheck';

/** Every migration, in order. Listed explicitly so the compiled server needs no file globbing. */
export const MIGRATIONS = [
  InitialSchema1763856000000,
  LoginFailure1763870000000,
  ReportIndexes1795411299013,
  DataVersion1795430000000,
  SignInAndAccounts1796300000000,
  PlanHistory1796500000000,
  BoardMeetings1796500000001,
  AgencyScope1796600000000,
  ReportingRounds1796700000000,
  MailOutbox1796700000001,
  PublishedBoardPack1796800000000,
  PublishedPackMeeting1796800000001,
  ObjectiveVersionPillarCheck1796900000000,
];
