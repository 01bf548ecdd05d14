import type { TestProject } from 'vitest/node'

import { startPostgresCluster } from '../helpers/postgresCluster'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUri: string
  }
}

/**
 * Starts a throwaway PostgreSQL cluster for the run (unless TEST_POSTGRES_URI names one) and
 * hands its URI to the tests; each test file then creates its own database in it.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_POSTGRES_URI) {
    project.provide('postgresUri', process.env.TEST_POSTGRES_URI)
    return
  }
  const cluster = await startPostgresCluster()
  project.provide('postgresUri', cluster.uri)
  return () => cluster.stop()
}
