import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Awaitable, byKey, Clock, Loaders } from '@app/common';
import { actionStateSql, ActionStateRaw, ActionStateRow, toActionStateRow } from './sql/action-state.sql';

/** The state of the actions $1 (uuid[]) as of today in each one's partnership timezone, from the instant $2. */
export const ACTION_STATE_TODAY_SQL = actionStateSql({ by: 'actionsToday', actionIds: 1, now: 2 });

/** The state of each action of $1 (uuid[]) as of the date at the same position of $2 (date[]). */
export const ACTION_STATE_PAIRS_SQL = actionStateSql({ by: 'pairs', actionIds: 1, asOfs: 2 });

const TODAY_LOADER = 'actionState.today';

/**
 * Reads of the derived state of actions (DESIGN.md "The rules"), all computed in PostgreSQL by
 * `actionStateSql`. "Today" is reckoned in the database from the injected Clock's instant, so a
 * fixed CLOCK_NOW governs SQL and Node alike.
 */
@Injectable()
export class ActionStateService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The action's state as of today; batched per request. Null for an unknown id. */
  today(loaders: Loaders, actionId: string): Awaitable<ActionStateRow | null> {
    return this.todayLoader(loaders).now(actionId);
  }

  /**
   * Seeds the per-request cache with states a report already computed, so the Action type's
   * fields do not query them again. Only rows as of today belong here.
   */
  primeToday(loaders: Loaders, rows: readonly ActionStateRow[]): void {
    const loader = this.todayLoader(loaders);
    for (const row of rows) loader.prime(row.actionId, row);
  }

  /** States of any (action, as-of date) pairs, in one statement. Rows come back in no particular order. */
  async statesAsOf(pairs: readonly { actionId: string; asOf: string }[], em: EntityManager = this.db.manager): Promise<ActionStateRow[]> {
    if (pairs.length === 0) return [];
    const raw: ActionStateRaw[] = await em.query(ACTION_STATE_PAIRS_SQL, [pairs.map((p) => p.actionId), pairs.map((p) => p.asOf)]);
    return raw.map(toActionStateRow);
  }

  private todayLoader(loaders: Loaders) {
    return loaders.get<string, ActionStateRow | null>(TODAY_LOADER, async (ids) => {
      const raw: ActionStateRaw[] = await this.db.query(ACTION_STATE_TODAY_SQL, [[...ids], this.clock.now()]);
      return byKey(ids, raw.map(toActionStateRow), (row) => row.actionId);
    });
  }
}
