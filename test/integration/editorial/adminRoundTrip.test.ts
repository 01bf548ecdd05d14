import type { Payload } from 'payload'

import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Campaign } from '../../../src/payload-types'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { exportPack } from '../../../src/packs/exportPack'
import { importPacks } from '../../../src/packs/importPacks'
import { loadPacks } from '../../../src/packs/load'
import { readStoredPack } from '../../../src/packs/readStoredPack'
import { loadPayload } from '../../../src/server/loadPayload'

/** What the admin's editor stores for a short text, with the empty paragraph it leaves at the end. */
const adminBody = {
  root: {
    children: [
      {
        children: [
          {
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
            text: 'Know your rights',
            type: 'text',
            version: 1,
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        tag: 'h2',
        type: 'heading',
        version: 1,
      },
      {
        children: [
          {
            detail: 0,
            format: 1,
            mode: 'normal',
            style: '',
            text: 'Keep',
            type: 'text',
            version: 1,
          },
          {
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
            text: ' your passport.',
            type: 'text',
            version: 1,
          },
        ],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 1,
        textStyle: '',
        type: 'paragraph',
        version: 1,
      },
      {
        fields: {
          blockName: '',
          blockType: 'hotline',
          country: 'PH',
          id: '6756b9a0c2d4e8f1a2b3c4d5',
          name: 'DMW / OWWA hotline',
          phone: '1348',
        },
        format: '',
        type: 'block',
        version: 2,
      },
      {
        children: [],
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
}

describe('a campaign made in the admin, exported and imported back', () => {
  let payload: Payload
  const scratch = mkdtempSync(path.join(tmpdir(), 'aware-roundtrip-'))

  beforeAll(async () => {
    payload = await loadPayload()
  })
  afterAll(async () => {
    await closeDatabase(payload)
    rmSync(scratch, { force: true, recursive: true })
  })

  it('imports back to the same campaign, though the admin left summary, objectives, sources and the knowledge check empty', async () => {
    const audience = await payload.create({
      collection: 'audiences',
      data: { name: 'Domestic workers', slug: 'domestic-workers' },
    })
    await payload.create({
      collection: 'campaigns',
      data: {
        audiences: [audience.id],
        body: adminBody as unknown as Campaign['body'],
        period: { start: '2027-03-01T12:00:00.000Z', timeZone: 'Asia/Manila' },
        title: 'Before you sign',
      },
      draft: true,
    })
    const stored = await readStoredPack(payload, 'before-you-sign')
    expect(stored?.campaign.title).toEqual({ en: 'Before you sign' })

    // Exported into a campaigns folder like the bundled one: its audiences.json gains the new one.
    cpSync(path.resolve('campaigns', 'audiences.json'), path.join(scratch, 'audiences.json'))
    const folder = await exportPack(payload, 'before-you-sign', scratch)
    const loaded = await loadPacks(scratch)
    expect(loaded.audiences.map((entry) => entry.slug)).toContain('domestic-workers')
    expect(loaded.errors).toEqual([])
    expect(path.basename(folder)).toBe('before-you-sign')
    const report = await importPacks(payload, scratch)
    expect(report.errors).toEqual([])
    expect(report.campaigns).toContainEqual(
      expect.objectContaining({ outcome: 'unchanged', slug: 'before-you-sign' }),
    )
  })
})
