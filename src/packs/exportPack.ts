import type { Payload } from 'payload'

import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { Audience, BodyNode } from './types'

import { openStoredMedia } from '../media/storage/openStoredMedia'
import { readStoredAudiences, readStoredPack } from './readStoredPack'
import { AUDIENCES_FILE, CAMPAIGN_FILE, KNOWLEDGE_CHECK_FILE } from './validate'

/**
 * What the pack format leaves out rather than writes empty: a hotline nobody has verified has no
 * date, a campaign without a summary (an audience without a description) none.
 */
const omitEmpty = (key: string, value: unknown) => {
  if (key === 'lastVerified' && value === '') return undefined
  const emptyText = value && typeof value === 'object' && Object.keys(value).length === 0
  if ((key === 'summary' || key === 'description') && emptyText) {
    return undefined
  }
  return value
}

const writeJson = (file: string, schema: string, value: object) =>
  writeFileSync(file, `${JSON.stringify({ $schema: schema, ...value }, omitEmpty, 2)}\n`)

/**
 * The folder's audiences.json, with the campaign's audiences added when it lacks them (an
 * audience made in the admin), so the exported pack finds every audience it names.
 */
const addAudiences = async (payload: Payload, dir: string, slugs: string[]) => {
  const file = path.join(dir, AUDIENCES_FILE)
  const current = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { audiences?: Audience[] })
    : {}
  const audiences = current.audiences ?? []
  const missing = slugs.filter((slug) => !audiences.some((audience) => audience.slug === slug))
  if (missing.length === 0 && existsSync(file)) return
  const stored = await readStoredAudiences(payload)
  for (const slug of missing) {
    const audience = stored.get(slug)
    if (audience) audiences.push(audience)
  }
  writeJson(file, './schema/audiences.schema.json', { ...current, audiences })
}

/**
 * Writes a stored campaign as a pack folder (<dir>/<slug>/) that imports back to the same
 * campaign: campaign.json, knowledge-check.json (when it has one), the images its body uses, and
 * its audiences in <dir>/audiences.json.
 */
export const exportPack = async (payload: Payload, slug: string, dir: string): Promise<string> => {
  const pack = await readStoredPack(payload, slug)
  if (!pack) throw new Error(`No campaign has the slug "${slug}".`)
  const folder = path.join(dir, slug)
  mkdirSync(folder, { recursive: true })
  writeJson(path.join(folder, CAMPAIGN_FILE), '../schema/campaign.schema.json', pack.campaign)
  const checkFile = path.join(folder, KNOWLEDGE_CHECK_FILE)
  if (pack.knowledgeCheck) {
    writeJson(checkFile, '../schema/knowledge-check.schema.json', pack.knowledgeCheck)
  } else {
    rmSync(checkFile, { force: true })
  }
  await addAudiences(payload, dir, pack.campaign.audiences)
  const images = Object.values(pack.campaign.body)
    .flat()
    .flatMap((node: BodyNode) => ('image' in node ? [String(node.image.media)] : []))
  for (const image of new Set(images)) {
    const stored =
      image.startsWith('images/') && (await openStoredMedia(payload, path.basename(image)))
    if (!stored) continue
    mkdirSync(path.join(folder, 'images'), { recursive: true })
    await pipeline(stored.body, createWriteStream(path.join(folder, image)))
  }
  return folder
}
