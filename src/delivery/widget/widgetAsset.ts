import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import type { WidgetFiles } from './build'

import { projectRoot } from '../../projectRoot'
import { buildWidgetFiles, CAMPAIGN_SCRIPT_FILE, WIDGET_FILE } from './build'

/**
 * The built widget: /embed.js as served (with its validator and gzip form), and the code a
 * campaign's script wraps around its campaign (campaignScript.ts in src/delivery/http).
 */
export type WidgetAsset = {
  body: Buffer
  /** The campaign script's code (dist/widget/campaign.js). */
  campaignScript: Buffer
  etag: string
  gzip: Buffer
}

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

/** When the older of the two built files was written; -1 when either is missing. */
const builtAt = async (): Promise<number> => {
  const times = await Promise.all(
    [WIDGET_FILE, CAMPAIGN_SCRIPT_FILE].map((file) =>
      stat(file).then(
        (info) => info.mtimeMs,
        () => -1,
      ),
    ),
  )
  return times.includes(-1) ? -1 : Math.min(...times)
}

const readBuilt = async (): Promise<WidgetFiles> => {
  const [embed, campaignScript] = await Promise.all([
    readFile(WIDGET_FILE),
    readFile(CAMPAIGN_SCRIPT_FILE),
  ])
  return { campaignScript, embed }
}

/**
 * The built widget, rebuilt first when missing or older than its sources. A production image
 * without esbuild (no dev dependencies) serves the files built beforehand by
 * `npm run build:widget`.
 */
export const loadWidgetAsset = async (): Promise<WidgetAsset> => {
  const [built, sources] = await Promise.all([builtAt(), newestSource()])
  let files: WidgetFiles
  if (built < 0 || built < sources) {
    try {
      files = await buildWidgetFiles()
    } catch (error) {
      if (built < 0) {
        throw new Error(
          `The widget is not built and cannot be built here (${(error as Error).message}). ` +
            'Run `npm run build:widget` where dev dependencies are installed.',
        )
      }
      files = await readBuilt()
    }
  } else {
    files = await readBuilt()
  }
  return {
    body: files.embed,
    campaignScript: files.campaignScript,
    etag: `"${createHash('sha256').update(files.embed).digest('base64url').slice(0, 27)}"`,
    gzip: gzipSync(files.embed, { level: 9 }),
  }
}
