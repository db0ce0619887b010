import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Awaitable, Loaders } from '@app/common';
import { PROGRESS_UPDATE_COLUMNS, ProgressUpdateEntity } from '@app/progress';
import { ACKNOWLEDGEMENTS_OF_RETURNS_SQL, ROUNDS_BY_ID_SQL } from './sql/rounds.sql';
import { RoundRow } from './types/rounds.types';

/**
 * Batched reads behind the rounds' relation fields. Callers reach these rows only through a round,
 * a plan or an update they were allowed to read, so no partnership check is repeated here.
 */
@Injectable()
export class ReturnsReadService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  loadRound(loaders: Loaders, id: string): Awaitable<RoundRow | null> {
    return loaders
      .get<string, RoundRow | null>('reportingRound.byId', async (ids) => {
        const rows: RoundRow[] = await this.db.query(ROUNDS_BY_ID_SQL, [[...ids], null]);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => byId.get(i) ?? null);
      })
      .now(id);
  }

  loadUpdate(loaders: Loaders, id: string): Awaitable<ProgressUpdateEntity | null> {
    return loaders
      .get<string, ProgressUpdateEntity | null>('progressUpdate.byId', async (ids) => {
        const rows: object[] = await this.db.query(`SELECT ${PROGRESS_UPDATE_COLUMNS('u')} FROM progress_update u WHERE u.id = ANY($1::uuid[])`, [[...ids]]);
        const byId = new Map(rows.map((r) => [(r as { id: string }).id, Object.assign(new ProgressUpdateEntity(), r)]));
        return ids.map((i) => byId.get(i) ?? null);
      })
      .now(id);
  }

  loadAcknowledged(loaders: Loaders, id: string): Awaitable<boolean> {
    return loaders
      .get<string, boolean>('returnAcknowledgement.byUpdate', async (ids) => {
        const rows: { progressUpdateId: string }[] = await this.db.query(ACKNOWLEDGEMENTS_OF_RETURNS_SQL, [[...ids]]);
        const acknowledged = new Set(rows.map((r) => r.progressUpdateId));
        return ids.map((i) => acknowledged.has(i));
      })
      .now(id);
  }
}
