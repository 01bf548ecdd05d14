import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { projectRoot } from '../../projectRoot'
import { buildWidgetFile, WIDGET_FILE } from './build'

export type WidgetAsset = { body: Buffer; etag: string; gzip: Buffer }

/** The widget's sources, and the wire contract it shares with the server. */
const sourceRoots = [
  path.join(projectRoot, 'src/delivery/widget/runtime'),
  path.join(projectRoot, 'src/evaluation/events/wireEvent.ts'),
]

const newestSource = async (): Promise<number> => {
  let newest = 0
  const visit = async (entry: string) => {
    const info = await stat(entry)
    if (info.isDirectory()) {
      for (const name of await readdir(entry)) await visit(path.join(entry, name))
    } else {
      newest = Math.max(newest, info.mtimeMs)
    }
  }
  for (const root of sourceRoots) await visit(root).catch(() => undefined)
  return newest
}

const builtAt = async (): Promise<number> =>
  stat(WIDGET_FILE).then(
    (info) => info.mtimeMs,
    () => -1,
  )

/**
 * The built widget, rebuilt first when missing or older than its sources. A production image
 * without esbuild (no dev dependencies) serves the file built beforehand by
 * `npm run build:widget`.
 */
export const loadWidgetAsset = async (): Promise<WidgetAsset> => {
  const [built, sources] = await Promise.all([builtAt(), newestSource()])
  let body: Buffer
  if (built < 0 || built < sources) {
    try {
      body = await buildWidgetFile()
    } catch (error) {
      if (built < 0) {
        throw new Error(
          `The widget is not built and cannot be built here (${(error as Error).message}). ` +
            'Run `npm run build:widget` where dev dependencies are installed.',
        )
      }
      body = await readFile(WIDGET_FILE)
    }
  } else {
    body = await readFile(WIDGET_FILE)
  }
  return {
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    gzip: gzipSync(body, { level: 9 }),
  }
}
