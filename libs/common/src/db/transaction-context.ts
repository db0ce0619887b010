import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

/** The transaction the current call chain runs in, shared by every TransactionContext instance. */
const current = new AsyncLocalStorage<EntityManager>();

/** Per transaction (its entity manager): the history day last set, and values read once. */
interface TransactionState {
  historyDay?: string;
  memo: Map<string, Promise<unknown>>;
}
const states = new WeakMap<EntityManager, TransactionState>();

/** `TransactionContext.once` key of a partnership's time zone (its update forgets it). */
export const partnershipTimezone = (partnershipId: string): string => `partnership.timezone:${partnershipId}`;

/**
 * One transaction for a unit of work that calls several services (as Vendure's
 * TransactionalConnection): `run` opens a transaction, or joins the one the caller is already in,
 * and every service that writes through `run` or reads through `manager` during it uses that same
 * transaction. So the import and the demo seeder call the services' own write methods (their
 * validation, permission checks, audit and change counting, and the day they set for the plan
 * history triggers) and still commit all or nothing.
 */
@Injectable()
export class TransactionContext {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The entity manager of the caller's transaction, or the data source's when there is none. */
  get manager(): EntityManager {
    return current.getStore() ?? this.db.manager;
  }

  /** True inside `run`. */
  get active(): boolean {
    return current.getStore() !== undefined;
  }

  /**
   * Runs `work` in the caller's transaction when there is one (its isolation stands, and a throw
   * rolls the whole of it back), else in a new transaction (at `isolation` when given) that the
   * services `work` calls join.
   */
  run<T>(work: (em: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    const outer = current.getStore();
    if (outer) return work(outer);
    const inner = (em: EntityManager) => current.run(em, () => work(em));
    return isolation ? this.db.transaction(isolation, inner) : this.db.transaction(inner);
  }

  /**
   * Tells the plan's history triggers (PlanHistory migration) the day the transaction's next
   * structural writes take effect, and who makes them; both last until the transaction ends or the
   * next call. Every writer sets the day this way, so a call that would set the day already in
   * force costs no statement (an import sets the same day for thousands of rows).
   */
  async setHistoryDay(em: EntityManager, day: string, actorId: string): Promise<void> {
    const state = this.stateOf(em);
    const value = `${day}|${actorId}`;
    if (state?.historyDay === value) return;
    await em.query(`SELECT set_config('tracker.effective_from', $1, true), set_config('tracker.actor_id', $2, true)`, [day, actorId]);
    if (state) state.historyDay = value;
  }

  /**
   * `read()` once per transaction for `key` (a value no write of the transaction changes, or whose
   * writer calls `forget`), e.g. a partnership's time zone; outside a transaction, every time.
   */
  once<T>(em: EntityManager, key: string, read: () => Promise<T>): Promise<T> {
    const state = this.stateOf(em);
    if (!state) return read();
    let value = state.memo.get(key) as Promise<T> | undefined;
    if (!value) {
      value = read();
      state.memo.set(key, value);
      value.catch(() => state.memo.delete(key));
    }
    return value;
  }

  /** Drops what `once` kept for `key` in `em`'s transaction (its writer changed it); every key starting so with `prefix: true`. */
  forget(em: EntityManager, key: string, prefix = false): void {
    const memo = this.stateOf(em)?.memo;
    if (!memo) return;
    if (!prefix) memo.delete(key);
    else for (const k of [...memo.keys()]) if (k.startsWith(key)) memo.delete(k);
  }

  private stateOf(em: EntityManager): TransactionState | null {
    if (!em.queryRunner?.isTransactionActive) return null;
    let state = states.get(em);
    if (!state) {
      state = { memo: new Map() };
      states.set(em, state);
    }
    return state;
  }
}
