export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

/** Which database a DATABASE_URI names: unset or file: is the embedded SQLite default. */
export const databaseKindOf = (uri: string | undefined): DatabaseKind => {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI "${redactCredentials(uri)}" is not supported: use file:./path.db (SQLite), ` +
      'postgres://… (PostgreSQL) or mongodb://… / mongodb+srv://… (MongoDB).',
  )
}

export const redactCredentials = (uri: string): string => uri.replace(/\/\/[^@/]*@/, '//***@')
