/**
 * npm run campaigns:import [dir]  — validate every pack in dir (default: campaigns/), then
 * upsert audiences and campaigns by slug. Exits 1 and writes nothing when a pack is invalid.
 */
import path from 'node:path'

import { importPacks } from '../importPacks'
import { formatPackError } from '../validate'
import { runWithPayload } from './runWithPayload'

const dir = path.resolve(process.argv[2] ?? 'campaigns')

await runWithPayload(async (payload) => {
  const report = await importPacks(payload, dir)
  if (report.errors.length > 0) {
    console.error(`Nothing imported: ${report.errors.length} problem(s) in ${dir}`)
    for (const error of report.errors) console.error(`  ${formatPackError(error)}`)
    return 1
  }
  for (const { outcome, slug } of report.audiences) console.log(`audience ${slug}: ${outcome}`)
  for (const { outcome, slug } of report.campaigns) console.log(`campaign ${slug}: ${outcome}`)
  return 0
})
