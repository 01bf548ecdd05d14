/** npm run campaigns:export <slug> [dir]  — write a stored campaign as a pack folder. */
import path from 'node:path'

import { exportPack } from '../../packs/exportPack'
import { runWithPayload } from './runWithPayload'

const [slug, dir = 'campaigns'] = process.argv.slice(2)

if (!slug) {
  console.error('Usage: npm run campaigns:export <campaign-slug> [folder]   (folder: campaigns/)')
  process.exitCode = 2
} else {
  await runWithPayload(async (payload) => {
    const folder = await exportPack(payload, slug, path.resolve(dir))
    console.log(`Wrote ${path.relative(process.cwd(), folder) || folder}`)
    return 0
  })
}
