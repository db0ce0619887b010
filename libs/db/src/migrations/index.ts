import { InitialSchema1763856000000 } from './1763856000000-InitialSchema';
import { LoginFailure1763870000000 } from './1763870000000-LoginFailure';
import { ReportIndexes1795411299013 } from './1795411299013-ReportIndexes';
import { DataVersion1795430000000 } from './1795430000000-DataVersion';
import { SignInAndAccounts1796300000000 } from './1796300000000-SignInAndAccounts';
import { AgencyScope1796600000000 } from './1796600000000-AgencyScope';
import { PublishedBoardPack1796800000000 } from './1796800000000-PublishedBoardPack';

/** Every migration, in order. Listed explicitly so the compiled server needs no file globbing. */
export const MIGRATIONS = [
  InitialSchema1763856000000,
  LoginFailure1763870000000,
  ReportIndexes1795411299013,
  DataVersion1795430000000,
  SignInAndAccounts1796300000000,
  AgencyScope1796600000000,
  PublishedBoardPack1796800000000,
];
