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

import { readEnvironment } from '../../environment'
import { importPacks } from '../../packs/importPacks'
import { useLocalSecretUnlessSet } from '../../localSecret'
import { projectRoot } from '../../projectRoot'
import { ensureDemoPartner } from './ensureDemoPartner'
import { startDemoPartner } from './startDemoPartner'

const demoPort = Number(process.env.DEMO_PORT || 4000)
const demoOrigin = `http://localhost:${demoPort}`

type Aware = {
  close: () => Promise<void>
  keys: { publishableKey: string; secretKey: string }
  url: string
}

const startAware = async (): Promise<Aware> => {
  useLocalSecretUnlessSet()
  const { startServer } = await import('../../server/startServer')
  const { fastPaths, features } = await import('../../server/features')
  const aware = await startServer({ cron: true, fastPaths, features, port: readEnvironment().port })
  const { totalDocs } = await aware.payload.count({ collection: 'campaigns', overrideAccess: true })
  if (totalDocs === 0) await importPacks(aware.payload, path.join(projectRoot, 'campaigns'))
  return {
    close: aware.close,
    keys: await ensureDemoPartner(aware.payload, demoOrigin),
    url: aware.url,
  }
}

const external = process.env.AWARE_URL
if (external && !(process.env.AWARE_PARTNER_KEY && process.env.AWARE_PARTNER_SECRET_KEY)) {
  console.error(
    'AWARE_URL is set: give AWARE_PARTNER_KEY and AWARE_PARTNER_SECRET_KEY too (the publishable ' +
      `and the secret key of a partner allowing ${demoOrigin}).`,
  )
  process.exit(1)
}
const aware: Aware = external
  ? {
      close: async () => undefined,
      keys: {
        publishableKey: process.env.AWARE_PARTNER_KEY as string,
        secretKey: process.env.AWARE_PARTNER_SECRET_KEY as string,
      },
      url: external,
    }
  : await startAware()
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
