/**
 * npm run demo:partner — a partner's page on its own origin (port DEMO_PORT, default 4000)
 * embedding the Aware widget, with audience and language selectable.
 *
 * Without AWARE_URL it also starts Aware itself on PORT (default 3000) with the bundled
 * campaigns and a demo partner account whose key and allowed origin it sets. With AWARE_URL
 * (an Aware already running elsewhere) give AWARE_PARTNER_KEY and AWARE_PARTNER_SECRET_KEY, the
 * publishable and the secret key of a partner that allows the demo page's origin.
 */
import path from 'node:path'

import type { DemoEnvironment } from '../../environment'

import { readDemoEnvironment, readEnvironment } from '../../environment'
import { useLocalSecretUnlessSet } from '../../localSecret'
import { importPacks } from '../../packs/importPacks'
import { projectRoot } from '../../projectRoot'
import { ensureDemoPartner } from './ensureDemoPartner'
import { awareAnswersOn, portInUse } from './portInUse'
import { startDemoPartner } from './startDemoPartner'

type Aware = {
  close: () => Promise<void>
  keys: { publishableKey: string; secretKey: string }
  url: string
}

const fail = (message: string): never => {
  console.error(`demo:partner cannot start: ${message}`)
  process.exit(1)
}

/** Says plainly what holds a port the demo needs, and what to do instead. */
const assertPortsFree = async ({ aware, demoPort }: DemoEnvironment, awarePort: number) => {
  if (await portInUse(demoPort)) {
    fail(`port ${demoPort} (DEMO_PORT) is taken; stop what runs there or set DEMO_PORT=4001.`)
  }
  if (aware || awarePort === 0 || !(await portInUse(awarePort))) return
  fail(
    (await awareAnswersOn(awarePort))
      ? `an Aware is already running on port ${awarePort}. Use it: create a partner allowing ` +
          `http://localhost:${demoPort} in its admin, then run AWARE_URL=http://localhost:` +
          `${awarePort} AWARE_PARTNER_KEY=<publishable key> AWARE_PARTNER_SECRET_KEY=<secret key> ` +
          'npm run demo:partner (or stop it, and this command starts its own).'
      : `port ${awarePort} (PORT) is taken by another program; stop it or set PORT=3001.`,
  )
}

const startAware = async (demoOrigin: string, port: number): Promise<Aware> => {
  useLocalSecretUnlessSet()
  const { startServer } = await import('../../server/startServer')
  const aware = await startServer({ cron: true, port })
  const { totalDocs } = await aware.payload.count({ collection: 'campaigns', overrideAccess: true })
  if (totalDocs === 0) await importPacks(aware.payload, path.join(projectRoot, 'campaigns'))
  return {
    close: aware.close,
    keys: await ensureDemoPartner(aware.payload, demoOrigin),
    url: aware.url,
  }
}

const readSettings = () => {
  try {
    return { awarePort: readEnvironment().port, settings: readDemoEnvironment() }
  } catch (error) {
    return fail((error as Error).message)
  }
}
const { awarePort, settings } = readSettings()
await assertPortsFree(settings, awarePort)
const { aware: running, demoPort } = settings
const demoOrigin = `http://localhost:${demoPort}`
const aware: Aware = running
  ? { close: async () => undefined, keys: running, url: running.url }
  : await startAware(demoOrigin, awarePort)
const demo = await startDemoPartner({ awareUrl: aware.url, ...aware.keys, port: demoPort })

console.log(`\nAware:             ${aware.url}`)
console.log(`Demo partner page: ${demo.url}  (another origin: the widget runs cross-origin)\n`)

const stop = () => {
  void demo
    .close()
    .then(aware.close)
    .then(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
