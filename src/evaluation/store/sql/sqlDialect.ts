import type { SQL } from 'drizzle-orm'

export type SqlRow = Record<string, unknown>

/** Runs drizzle `sql` statements; the same SQL text serves SQLite and PostgreSQL. */
export type SqlRunner = {
  /** Rows of a query (or of an INSERT … RETURNING). */
  all(query: SQL): Promise<SqlRow[]>
  /** Runs a statement and answers how many rows it changed. */
  run(query: SQL): Promise<number>
}

/** What differs between the two SQL databases: how rows come back and how writers take turns. */
export type SqlDialect = SqlRunner & {
  name: 'postgres' | 'sqlite'
  /**
   * Runs `work` in one write transaction. Writers to the same campaign take turns, so reading a
   * tally and writing it back cannot race with another batch.
   */
  inTransaction<T>(campaigns: string[], work: (runner: SqlRunner) => Promise<T>): Promise<T>
}
