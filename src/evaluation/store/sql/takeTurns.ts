/**
 * Runs async tasks one at a time, in call order: a mutex for one process. A failing task does not
 * stop the ones queued behind it.
 */
export const takeTurns = () => {
  let last: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = last.then(task, task)
    last = result.catch(() => undefined)
    return result
  }
}
