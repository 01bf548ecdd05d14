import type { PayloadRequest } from 'payload'

const POLL_MS = 25
const GIVE_UP_MS = 10 * 60_000

/** Runs still waiting for their transaction to end. */
const waiting = new Set<Promise<void>>()

/** Resolves once every run waiting for a transaction has happened (tests use it). */
export const afterCommitRunsSettled = async (): Promise<void> => {
  while (waiting.size > 0) await Promise.all([...waiting])
}

const track = (settled: Promise<void>) => {
  waiting.add(settled)
  void settled.finally(() => waiting.delete(settled))
}

/**
 * Runs `run` once the request's transaction has ended, or at once when it has none. Payload
 * offers no after-commit hook; the adapter's open sessions (`payload.db.sessions`) say when it
 * has ended. afterCommitRunsSettled waits for a run that returns a promise too.
 */
export const runAfterCommit = (req: PayloadRequest, run: () => Promise<void> | void): void => {
  const pending = req.transactionID
  if (!pending) {
    const ran = run()
    if (ran) track(ran)
    return
  }
  const sessions = req.payload.db.sessions ?? {}
  const startedAt = Date.now()
  const settled = Promise.resolve(pending).then(
    (id) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (id in sessions && Date.now() - startedAt < GIVE_UP_MS) {
            setTimeout(check, POLL_MS).unref()
          } else {
            void Promise.resolve(run()).finally(resolve)
          }
        }
        check()
      }),
  )
  track(settled)
}

/**
 * For cache invalidation from hooks. Hooks run inside the writer's transaction, before it
 * commits; a reader arriving in between would cache what is about to be replaced, so `run` goes
 * at once and again when the transaction has ended.
 */
export const runNowAndAfterCommit = (req: PayloadRequest, run: () => void): void => {
  run()
  if (req.transactionID) runAfterCommit(req, run)
}
