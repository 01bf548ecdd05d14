import type { Payload } from 'payload'

import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { BodyNode } from './types'

import { readEnvironment } from '../environment'
import { readStoredPack } from './readStoredPack'
import { CAMPAIGN_FILE, KNOWLEDGE_CHECK_FILE } from './validate'

/** A hotline nobody has verified has no date; packs leave the field out rather than write "". */
const omitUnverified = (key: string, value: unknown) =>
  key === 'lastVerified' && value === '' ? undefined : value

const writeJson = (file: string, schema: string, value: object) =>
  writeFileSync(file, `${JSON.stringify({ $schema: schema, ...value }, omitUnverified, 2)}\n`)

/**
 * Writes a stored campaign as a pack folder (<dir>/<slug>/) that imports back to the same
 * campaign: campaign.json, knowledge-check.json and the images its body uses.
 */
export const exportPack = async (payload: Payload, slug: string, dir: string): Promise<string> => {
  const pack = await readStoredPack(payload, slug)
  if (!pack) throw new Error(`No campaign has the slug "${slug}".`)
  const folder = path.join(dir, slug)
  mkdirSync(folder, { recursive: true })
  writeJson(path.join(folder, CAMPAIGN_FILE), '../schema/campaign.schema.json', pack.campaign)
  writeJson(
    path.join(folder, KNOWLEDGE_CHECK_FILE),
    '../schema/knowledge-check.schema.json',
    pack.knowledgeCheck,
  )
  const mediaDir = path.resolve(readEnvironment().mediaDir)
  const images = Object.values(pack.campaign.body)
    .flat()
    .flatMap((node: BodyNode) => ('image' in node ? [String(node.image.media)] : []))
  for (const image of new Set(images)) {
    const source = path.join(mediaDir, path.basename(image))
    if (!image.startsWith('images/') || !existsSync(source)) continue
    mkdirSync(path.join(folder, 'images'), { recursive: true })
    copyFileSync(source, path.join(folder, image))
  }
  return folder
}
