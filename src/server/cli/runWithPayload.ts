import type { Payload } from 'payload'

import { closeDatabase } from '../../db/closeDatabase'
import { loadPayload } from '../loadPayload'

/** Boots Payload for a command-line task and always closes the database afterwards. */
export const runWithPayload = async (task: (payload: Payload) => Promise<number>) => {
  let payload: Payload | undefined
  try {
    payload = await loadPayload()
    process.exitCode = await task(payload)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  } finally {
    if (payload) await closeDatabase(payload)
  }
}
