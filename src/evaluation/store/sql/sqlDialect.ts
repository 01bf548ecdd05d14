export type SqlRow = Record<string, unknown>

/**
 * Runs SQL text with positional parameters. The statements are written once, with `?`
 * placeholders and double-quoted identifiers, the same text for SQLite and PostgreSQL.
 */
export type SqlRunner = {
  /** Rows of a query (or of an INSERT … RETURNING). */
  all(text: string, params?: readonly unknown[]): Promise<SqlRow[]>
  /** Runs a statement and answers how many rows it changed. */
  run(text: string, params?: readonly unknown[]): Promise<number>
}

/** What differs between the two SQL databases: how statements run and how writers take turns. */
export type SqlDialect = SqlRunner & {
  name: 'postgres' | 'sqlite'
  /**
   * Runs `work` in one write transaction. Writers to the same campaign take turns, so reading a
   * tally and writing it back cannot race with another batch.
   */
  inTransaction<T>(campaigns: string[], work: (runner: SqlRunner) => Promise<T>): Promise<T>
}
