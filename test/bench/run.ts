/**
 * npm run bench: every bench module, one after another, each in its own process (each boots its
 * own Payload on its own database, and Payload keeps one instance per process).
 *
 * serving.ts: delivery and ingestion on one server process (loaded by wrk), then its memory;
 * widgetFirstContent.ts: the widget's first content on a partner page under Slow and Fast 3G
 * (Chromium); report.ts: the report over a seeded campaign. BENCH_SECONDS sets each load's
 * duration; BENCH_ONLY=serving, BENCH_ONLY=widgetFirstContent or BENCH_ONLY=report picks one. The figures are only as good as the machine is
 * quiet: the load average is printed before and after.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { wrkBinary } from './loadWithWrk'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The bench modules; each prints its own figures when run as a script. */
const modules = ['serving.ts', 'widgetFirstContent.ts', 'report.ts']

/**
 * The report bench holds a whole campaign's submissions in memory while it seeds (1,000,000 at
 * 10,000,000 events), and allocates short-lived objects fast: garbage collection was a fifth of
 * the seeder's time with the default young generation.
 */
const nodeOptions: Record<string, string[]> = {
  'report.ts': ['--max-old-space-size=8000', '--max-semi-space-size=64'],
}

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
const selected = modules.filter(
  (file) =>
    existsSync(path.join(here, file)) && (!only || only.includes(file.replace(/\.ts$/, ''))),
)

try {
  if (selected.includes('serving.ts')) wrkBinary()
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

console.log(
  `Aware benches — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
    `load average ${loadAverage()} (1, 5, 15 min) when started`,
)
let failed = 0
for (const file of selected) {
  const result = spawnSync(
    process.execPath,
    [
      ...(nodeOptions[file] ?? []),
      '--conditions=production',
      '--import',
      'tsx',
      path.join(here, file),
    ],
    { env: process.env, stdio: 'inherit' },
  )
  if (result.status !== 0) {
    failed += 1
    console.error(`\n${file} failed (exit ${result.status ?? result.signal})`)
  }
}
console.log(`\nload average ${loadAverage()} (1, 5, 15 min) when done`)
process.exit(failed > 0 ? 1 : 0)
