import type { PayloadRequest } from 'payload'

const POLL_MS = 25
const GIVE_UP_MS = 10 * 60_000

/** Runs still waiting for their transaction to end. */
const waiting = new Set<Promise<void>>()

/** Resolves once every run waiting for a transaction has happened (tests use it). */
export const afterCommitRunsSettled = async (): Promise<void> => {
  while (waiting.size > 0) await Promise.all([...waiting])
}

/**
 * For cache invalidation from hooks. Hooks run inside the writer's transaction, before it
 * commits; a reader arriving in between would cache what is about to be replaced, so `run` goes
 * at once and again when the transaction has ended. Payload offers no after-commit hook; the
 * adapter's open sessions (`payload.db.sessions`) say when it has.
 */
export const runNowAndAfterCommit = (req: PayloadRequest, run: () => void): void => {
  run()
  const pending = req.transactionID
  if (!pending) return
  const sessions = req.payload.db.sessions ?? {}
  const startedAt = Date.now()
  const settled = Promise.resolve(pending).then(
    (id) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (id in sessions && Date.now() - startedAt < GIVE_UP_MS) {
            setTimeout(check, POLL_MS).unref()
          } else {
            run()
            resolve()
          }
        }
        check()
      }),
  )
  waiting.add(settled)
  void settled.finally(() => waiting.delete(settled))
}
