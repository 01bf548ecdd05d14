/**
 * npm run build:widget — bundles the widget (runtime/) into one minified file,
 * dist/widget/embed.js, and prints its size. The server runs the same build at start when the
 * file is missing or older than its sources, so a fresh clone needs no extra step.
 */
import { rename, writeFile } from 'node:fs/promises'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { projectRoot } from '../../projectRoot'

export const WIDGET_ENTRY = path.join(projectRoot, 'src/delivery/widget/runtime/main.ts')
export const WIDGET_FILE = path.join(projectRoot, 'dist/widget/embed.js')

/** The bundle as text; esbuild is a build tool, loaded only when a build is needed. */
export const bundleWidget = async (): Promise<string> => {
  const esbuild = await import('esbuild')
  const result = await esbuild.build({
    bundle: true,
    charset: 'utf8',
    entryPoints: [WIDGET_ENTRY],
    format: 'iife',
    legalComments: 'none',
    minify: true,
    // Phones a few years old: optional chaining and ?? need Chrome 80 / Safari 13.1.
    target: 'es2020',
    write: false,
  })
  return result.outputFiles[0].text
}

/** Writes dist/widget/embed.js atomically: parallel test servers may build at the same time. */
export const buildWidgetFile = async (): Promise<Buffer> => {
  const code = Buffer.from(await bundleWidget())
  await mkdir(path.dirname(WIDGET_FILE), { recursive: true })
  const temporary = `${WIDGET_FILE}.${process.pid}.${Date.now()}.tmp`
  await writeFile(temporary, code)
  await rename(temporary, WIDGET_FILE)
  return code
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const code = await buildWidgetFile()
  const gzipped = gzipSync(code, { level: 9 }).length
  console.log(
    `${path.relative(projectRoot, WIDGET_FILE)}: ${code.length} bytes, ${gzipped} bytes gzipped ` +
      `(budget 20480)`,
  )
}
