import type { Payload } from 'payload'

import { afterAll, vi } from 'vitest'

/**
 * The SQLite project runs its files one after another in each worker without isolating
 * them (vitest.config.ts): the packages under node_modules (Payload, Next, the drivers, about
 * five seconds of imports) load once per worker. What a file may change is made fresh for the
 * next one here, before it imports anything:
 *
 * - Aware's own modules are evaluated again (their caches, and payload.config.ts reading the
 *   environment);
 * - the environment is the worker's original one (files set limits and keys in process.env);
 * - no Payload instance outlives its file: one left open (a file that failed before closing
 *   it) is closed after the file, so its crons and probes stop and getPayload() boots the next
 *   file's instance on the next file's database.
 */
type CachedInstance = { payload: null | Payload }
type WorkerGlobals = {
  _awareOriginalEnv?: NodeJS.ProcessEnv
  _payload?: Map<string, CachedInstance>
}
const worker = globalThis as WorkerGlobals

vi.resetModules()

const original = (worker._awareOriginalEnv ??= { ...process.env })
for (const name of Object.keys(process.env)) if (!(name in original)) delete process.env[name]
Object.assign(process.env, original)

afterAll(async () => {
  const leftOpen = [...(worker._payload?.values() ?? [])].flatMap(({ payload }) =>
    payload ? [payload] : [],
  )
  worker._payload?.clear()
  // This file's own module, so the instance's background loops see that it is closing.
  const { closeDatabase } = await import('../../src/db/closeDatabase')
  await Promise.all(leftOpen.map((payload) => closeDatabase(payload)))
})
