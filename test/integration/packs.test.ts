import type { Payload } from 'payload'

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportPack } from '../../src/packs/exportPack'
import { importPacks } from '../../src/packs/importPacks'
import { loadPacks } from '../../src/packs/load'
import { readStoredPack } from '../../src/packs/readStoredPack'
import { loadPayload } from '../../src/server/loadPayload'
import { closeDatabase } from '../../src/db/closeDatabase'
import { writeVerifiedPacks } from '../helpers/bundledCampaigns'

const bundled = path.resolve('campaigns')

describe('campaign packs in the database', () => {
  let payload: Payload
  const scratch = mkdtempSync(path.join(tmpdir(), 'aware-packs-'))

  beforeAll(async () => {
    payload = await loadPayload()
  })
  afterAll(async () => {
    await closeDatabase(payload)
    rmSync(scratch, { force: true, recursive: true })
  })

  it('imports the bundled packs as drafts, with every translation, even when asked to publish', async () => {
    const report = await importPacks(payload, bundled, { publish: true })
    expect(report.errors).toEqual([])
    expect(report.campaigns.map((c) => [c.outcome, c.status])).toEqual([
      ['created', 'draft'],
      ['created', 'draft'],
      ['created', 'draft'],
    ])
    // Each pack holds unverified facts as placeholders, and nobody has verified its hotlines yet.
    for (const { blockers, slug } of report.campaigns) {
      expect(
        blockers.map((blocker) => blocker.reason),
        slug,
      ).toContain('placeholder-text')
      expect(
        blockers.map((blocker) => blocker.reason),
        slug,
      ).toContain('hotline-never-verified')
    }
    expect(report.audiences.map((a) => a.slug).sort()).toEqual([
      'hospitality-students',
      'migrant-workers',
      'tourists',
    ])
    const { docs } = await payload.find({
      collection: 'campaigns',
      draft: true,
      locale: 'tl',
      limit: 10,
    })
    expect(docs).toHaveLength(3)
    expect(docs.every((doc) => doc._status === 'draft')).toBe(true)
    const philippines = docs.find((doc) => doc.slug === 'philippines-pre-departure')
    const english = await payload.findByID({
      collection: 'campaigns',
      draft: true,
      id: philippines!.id,
      locale: 'en',
    })
    expect(philippines!.title).not.toEqual(english.title)
  })

  it('changes nothing when the same packs are imported again', async () => {
    const versionsBefore = await payload.countVersions({ collection: 'campaigns' })
    const report = await importPacks(payload, bundled)
    expect(report.campaigns.map((c) => c.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(report.audiences.every((a) => a.outcome === 'unchanged')).toBe(true)
    expect(await payload.countVersions({ collection: 'campaigns' })).toEqual(versionsBefore)
  })

  it('exports a campaign as a pack that imports back to the same campaign', async () => {
    const { packs } = await loadPacks(bundled)
    for (const original of packs) {
      const folder = await exportPack(payload, original.campaign.slug, scratch)
      expect(folder).toBe(path.join(scratch, original.campaign.slug))
    }
    cpSync(path.join(bundled, 'audiences.json'), path.join(scratch, 'audiences.json'))
    cpSync(path.join(bundled, 'schema'), path.join(scratch, 'schema'), { recursive: true })
    const reloaded = await loadPacks(scratch)
    expect(reloaded.errors).toEqual([])
    for (const original of packs) {
      const exported = reloaded.packs.find((p) => p.campaign.slug === original.campaign.slug)
      expect(exported?.campaign).toEqual(original.campaign)
      expect(exported?.knowledgeCheck).toEqual(original.knowledgeCheck)
    }
    const again = await importPacks(payload, scratch)
    expect(again.campaigns.every((c) => c.outcome === 'unchanged')).toBe(true)
  })

  it('updates a changed pack and leaves the others alone', async () => {
    const campaignFile = path.join(scratch, 'peru-loreto-child-protection', 'campaign.json')
    const campaign = JSON.parse(readFileSync(campaignFile, 'utf8'))
    campaign.title.en = 'Child exploitation is paid for with prison'
    writeFileSync(campaignFile, JSON.stringify(campaign))
    const report = await importPacks(payload, scratch)
    expect(report.campaigns).toContainEqual(
      expect.objectContaining({ outcome: 'updated', slug: 'peru-loreto-child-protection' }),
    )
    expect(report.campaigns.filter((c) => c.outcome === 'unchanged')).toHaveLength(2)
    const stored = await readStoredPack(payload, 'peru-loreto-child-protection')
    expect(stored?.campaign.title.en).toBe('Child exploitation is paid for with prison')
  })

  it('publishes a pack once nothing blocks it, and only when asked to', async () => {
    const verified = writeVerifiedPacks()
    try {
      const drafts = await importPacks(payload, verified.dir)
      expect(drafts.campaigns.map((c) => [c.status, c.blockers.length])).toEqual([
        ['draft', 0],
        ['draft', 0],
        ['draft', 0],
      ])
      const published = await importPacks(payload, verified.dir, { publish: true })
      expect(published.campaigns.map((c) => [c.outcome, c.status])).toEqual([
        ['updated', 'published'],
        ['updated', 'published'],
        ['updated', 'published'],
      ])
      const { docs } = await payload.find({ collection: 'campaigns', limit: 10 })
      expect(docs.map((doc) => doc._status)).toEqual(['published', 'published', 'published'])
      const again = await importPacks(payload, verified.dir, { publish: true })
      expect(again.campaigns.map((c) => c.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    } finally {
      verified.remove()
    }
  })

  it('refuses a broken folder, names the pack, file and field, and writes nothing', async () => {
    const broken = path.join(scratch, 'philippines-pre-departure', 'knowledge-check.json')
    const check = JSON.parse(readFileSync(broken, 'utf8'))
    check.items[0].choices = check.items[0].choices.map((c: object) => ({ ...c, correct: false }))
    writeFileSync(broken, JSON.stringify(check))
    const campaignFile = path.join(scratch, 'peru-loreto-child-protection', 'campaign.json')
    const campaign = JSON.parse(readFileSync(campaignFile, 'utf8'))
    campaign.title.en = 'This change must not be written'
    writeFileSync(campaignFile, JSON.stringify(campaign))

    const report = await importPacks(payload, scratch)
    expect(report.errors).toContainEqual(
      expect.objectContaining({
        field: '/items/0/choices',
        file: 'philippines-pre-departure/knowledge-check.json',
        pack: 'philippines-pre-departure',
      }),
    )
    expect(report.campaigns).toEqual([])
    const stored = await readStoredPack(payload, 'peru-loreto-child-protection')
    expect(stored?.campaign.title.en).not.toBe('This change must not be written')
  })
})
