/**
 * npm run build — everything `npm start` serves, built ahead: the admin (Next.js, with the stamp
 * that tells a start it is current) and the widget's bundles. A production install can then drop
 * its dev dependencies (`npm prune --omit=dev`) and start without building anything.
 */
import path from 'node:path'

import { buildWidgetFiles, WIDGET_FILE } from '../../delivery/widget/build'
import { buildAdmin } from '../adminBuild'
import { projectRoot } from '../../projectRoot'

const timed = async (what: string, work: () => Promise<unknown>) => {
  const started = Date.now()
  console.log(`Building ${what}…`)
  await work()
  console.log(`  done in ${Math.round((Date.now() - started) / 1000)} s`)
}

try {
  await timed(path.relative(projectRoot, path.dirname(WIDGET_FILE)), buildWidgetFiles)
  await timed('the admin (about a minute)', buildAdmin)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
