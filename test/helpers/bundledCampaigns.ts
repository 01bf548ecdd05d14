import type { Payload } from 'payload'

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { importPacks } from '../../src/packs/importPacks'

export type BundledIds = {
  audiences: Record<string, number | string>
  campaigns: Record<string, number | string>
}

/** What a test copy of the bundled packs says where they hold an unverified fact. */
export const TEST_FACT = 'checked for this test'

const isPlaceholderHotline = (node: unknown) =>
  typeof node === 'object' &&
  node !== null &&
  'hotline' in node &&
  (node as { hotline: { placeholder?: boolean } }).hotline.placeholder === true

/**
 * The bundled packs as an NGO would publish them once checked: each "[PLACEHOLDER: …]" replaced
 * by a fact (here the words TEST_FACT), placeholder hotlines removed, every other hotline verified
 * today. Written to a temporary folder; the shipped packs stay drafts.
 */
export const writeVerifiedPacks = (): { dir: string; remove: () => void } => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-verified-packs-'))
  cpSync(path.resolve('campaigns'), dir, { recursive: true })
  const today = new Date().toISOString().slice(0, 10)
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (!name.isDirectory() || name.name === 'schema') continue
    for (const file of ['campaign.json', 'knowledge-check.json']) {
      const full = path.join(dir, name.name, file)
      const text = readFileSync(full, 'utf8').replace(/\[PLACEHOLDER[^\]]*\]/gi, TEST_FACT)
      const pack = JSON.parse(text) as { body?: Record<string, unknown[]> }
      for (const [locale, nodes] of Object.entries(pack.body ?? {})) {
        pack.body![locale] = nodes
          .filter((node) => !isPlaceholderHotline(node))
          .map((node) =>
            typeof node === 'object' && node !== null && 'hotline' in node
              ? { hotline: { ...(node.hotline as object), lastVerified: today } }
              : node,
          )
      }
      writeFileSync(full, JSON.stringify(pack, null, 2))
    }
  }
  return { dir, remove: () => rmSync(dir, { force: true, recursive: true }) }
}

const idsBySlug = async (payload: Payload): Promise<BundledIds> => {
  const byId = async (collection: 'audiences' | 'campaigns') => {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false })
    return Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
  }
  return { audiences: await byId('audiences'), campaigns: await byId('campaigns') }
}

/**
 * Imports the bundled campaigns, verified (see writeVerifiedPacks) and published, and returns the
 * ids of what they created, by slug: what partners are served once an NGO has checked the packs.
 */
export const importBundledCampaigns = async (payload: Payload): Promise<BundledIds> => {
  const verified = writeVerifiedPacks()
  try {
    const report = await importPacks(payload, verified.dir, { publish: true })
    if (report.errors.length > 0) throw new Error(JSON.stringify(report.errors, null, 2))
    const drafts = report.campaigns.filter((campaign) => campaign.status !== 'published')
    if (drafts.length > 0) throw new Error(`not published: ${JSON.stringify(drafts, null, 2)}`)
  } finally {
    verified.remove()
  }
  return idsBySlug(payload)
}

/** Imports the bundled packs exactly as shipped: drafts, placeholders and all. */
export const importShippedCampaigns = async (payload: Payload): Promise<BundledIds> => {
  const report = await importPacks(payload, path.resolve('campaigns'))
  if (report.errors.length > 0) throw new Error(JSON.stringify(report.errors, null, 2))
  return idsBySlug(payload)
}
