import { ensureAdminBuild } from '../../src/server/adminBuild'

/** Browser tests drive the real, optimised admin: build it once when the sources changed. */
export default async function setup() {
  await ensureAdminBuild((line) => console.log(`[browser tests] ${line}`))
}
