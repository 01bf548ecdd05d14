/**
 * npm run bench: every bench module, one after another, each in its own process (each boots its
 * own Payload on its own database, and Payload keeps one instance per process).
 *
 * BENCH_SECONDS sets each load's duration (default 10); BENCH_ONLY=ingestion,report picks modules.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The bench modules; each prints its own figures when run as a script. */
const modules = ['ingestion.ts', 'report.ts', 'delivery.ts']

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim())
const selected = modules.filter(
  (file) =>
    existsSync(path.join(here, file)) && (!only || only.includes(file.replace(/\.ts$/, ''))),
)

console.log(
  `Aware benches — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
    `load average ${os.loadavg()[0].toFixed(2)} when started`,
)
let failed = 0
for (const file of selected) {
  const result = spawnSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', path.join(here, file)],
    { env: process.env, stdio: 'inherit' },
  )
  if (result.status !== 0) {
    failed += 1
    console.error(`\n${file} failed (exit ${result.status ?? result.signal})`)
  }
}
process.exit(failed > 0 ? 1 : 0)
