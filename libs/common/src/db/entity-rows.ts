import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads whole entities with plain parameterised SQL, for the per-request loaders of nested reads.
 *
 * TypeORM's `find` builds its SQL anew on every call and hydrates rows through a generic
 * transformer; for the few hundred rows a whole-plan read loads per relation, that was a tenth of
 * its CPU (docs/performance.md). Here the SELECT list (every column under its property name) is
 * derived once from TypeORM's own metadata, and a row becomes an entity by `Object.assign`: the
 * driver already returns the values an entity holds (dates as 'YYYY-MM-DD', instants as Date).
 * Columns with transformers or non-scalar types must not be read this way.
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly lists = new Map<string, string>();

  constructor(
    private readonly db: DataSource,
    private readonly entity: EntityTarget<T> & (new () => T),
  ) {}

  /** Every column of the entity as `alias.column AS "property"`, for a SELECT list. */
  select(alias: string): string {
    let list = this.lists.get(alias);
    if (list === undefined) {
      list = this.db
        .getMetadata(this.entity)
        .columns.map((c) => `${alias}.${quote(c.databaseName)} AS ${quote(c.propertyName)}`)
        .join(', ');
      this.lists.set(alias, list);
    }
    return list;
  }

  /** The entity's table, quoted. */
  table(): string {
    return quote(this.db.getMetadata(this.entity).tableName);
  }

  /** Runs `sql` (a SELECT of `select(alias)`) and returns its rows as entities. */
  async query(sql: string, parameters: unknown[]): Promise<T[]> {
    const rows: ObjectLiteral[] = await this.db.query(sql, parameters);
    const entity = this.entity;
    return rows.map((row) => Object.assign(new entity(), row));
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
