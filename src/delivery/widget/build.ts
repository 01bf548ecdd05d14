/**
 * npm run build:widget — bundles the widget (runtime/) into two minified files and prints their
 * sizes: dist/widget/embed.js (/embed.js, with its words in every language) and
 * dist/widget/campaign.js (the code of a campaign's script, /embed/<slug>.js, which the server
 * wraps around the campaign and the words of its language). The server runs the same build at
 * start when a file is missing or older than its sources, so a fresh clone needs no extra step.
 */
import { rename, writeFile } from 'node:fs/promises'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { projectRoot } from '../../projectRoot'

const runtime = path.join(projectRoot, 'src/delivery/widget/runtime')

export const WIDGET_ENTRY = path.join(runtime, 'main.ts')
export const WIDGET_FILE = path.join(projectRoot, 'dist/widget/embed.js')
export const CAMPAIGN_SCRIPT_ENTRY = path.join(runtime, 'campaignScript.ts')
export const CAMPAIGN_SCRIPT_FILE = path.join(projectRoot, 'dist/widget/campaign.js')

/** A bundle as text; esbuild is a build tool, loaded only when a build is needed. */
export const bundleWidget = async (entry = WIDGET_ENTRY): Promise<string> => {
  const esbuild = await import('esbuild')
  const result = await esbuild.build({
    bundle: true,
    charset: 'utf8',
    entryPoints: [entry],
    format: 'iife',
    legalComments: 'none',
    minify: true,
    // Phones a few years old: optional chaining and ?? need Chrome 80 / Safari 13.1.
    target: 'es2020',
    write: false,
  })
  return result.outputFiles[0].text
}

/** Writes a file atomically: parallel test servers may build at the same time. */
const writeAtomically = async (file: string, code: Buffer) => {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`
  await writeFile(temporary, code)
  await rename(temporary, file)
}

export type WidgetFiles = { campaignScript: Buffer; embed: Buffer }

/** Builds and writes both bundles. */
export const buildWidgetFiles = async (): Promise<WidgetFiles> => {
  const [embed, campaignScript] = (
    await Promise.all([bundleWidget(WIDGET_ENTRY), bundleWidget(CAMPAIGN_SCRIPT_ENTRY)])
  ).map((code) => Buffer.from(code))
  await writeAtomically(WIDGET_FILE, embed)
  await writeAtomically(CAMPAIGN_SCRIPT_FILE, campaignScript)
  return { campaignScript, embed }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await buildWidgetFiles()
  for (const [file, code] of [
    [WIDGET_FILE, files.embed],
    [CAMPAIGN_SCRIPT_FILE, files.campaignScript],
  ] as const) {
    const gzipped = gzipSync(code, { level: 9 }).length
    console.log(
      `${path.relative(projectRoot, file)}: ${code.length} bytes, ${gzipped} bytes gzipped`,
    )
  }
}
