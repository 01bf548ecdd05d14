import { afterAll, beforeAll, vi } from 'vitest'

/**
 * This test file's deployment k (REPORT_MIN_RESPONDENTS) for the in-process servers it starts, so
 * it can show cells of k to 9 respondents; readers may never ask below it. Call at the top of a
 * describe, before the beforeAll that starts the server.
 */
export const useDeploymentK = (k: number): void => {
  beforeAll(() => {
    vi.stubEnv('REPORT_MIN_RESPONDENTS', String(k))
  })
  afterAll(() => {
    vi.unstubAllEnvs()
  })
}
