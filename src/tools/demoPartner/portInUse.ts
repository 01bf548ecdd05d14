import { createServer } from 'node:net'

/** Whether something already listens on `port` (tried the way the servers will bind it). */
export const portInUse = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(true))
    probe.listen(port, () => probe.close(() => resolve(false)))
  })

/** Whether the server on `port` is an Aware: its /healthz answers with Aware's shape. */
export const awareAnswersOn = async (port: number): Promise<boolean> => {
  const response = await fetch(`http://localhost:${port}/healthz`, {
    signal: AbortSignal.timeout(2000),
  }).catch(() => null)
  const body: unknown = await response?.json().catch(() => null)
  return Boolean(body && typeof body === 'object' && 'database' in body)
}
