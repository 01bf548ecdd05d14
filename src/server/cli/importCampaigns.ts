/**
 * npm run campaigns:import [dir] [-- --publish]  — validate every pack in dir (default:
 * campaigns/), then upsert audiences and campaigns by slug. Campaigns are imported as drafts for
 * review; with --publish, those that nothing blocks are published (recorded as published without
 * review). Exits 1 and writes nothing when a pack is invalid.
 */
import path from 'node:path'

import { importPacks } from '../../packs/importPacks'
import { formatPackError } from '../../packs/validate'
import { runWithPayload } from './runWithPayload'

const args = process.argv.slice(2)
const publish = args.includes('--publish')
const dir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'campaigns')

await runWithPayload(async (payload) => {
  const report = await importPacks(payload, dir, { publish })
  if (report.errors.length > 0) {
    console.error(`Nothing imported: ${report.errors.length} problem(s) in ${dir}`)
    for (const error of report.errors) console.error(`  ${formatPackError(error)}`)
    return 1
  }
  for (const warning of report.warnings) console.warn(`warning: ${formatPackError(warning)}`)
  for (const { outcome, slug } of report.audiences) console.log(`audience ${slug}: ${outcome}`)
  for (const { blockers, outcome, slug, status } of report.campaigns) {
    console.log(`campaign ${slug}: ${outcome}, ${status}`)
    if (blockers.length > 0) {
      console.log(`  ${blockers.length} thing(s) block publishing it:`)
      for (const blocker of blockers) console.log(`  - ${blocker.message}`)
    }
  }
  return 0
})
