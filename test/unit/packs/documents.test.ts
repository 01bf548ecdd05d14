import { beforeAll, describe, expect, it } from 'vitest'

import type {
  CampaignPack,
  LoadResult,
  LocalizedDocuments,
  StoredAssessment,
  StoredCampaign,
} from '../../../src/packs'

import {
  audiencesToDocuments,
  documentsToAudiences,
  documentsToPack,
  packToDocuments,
} from '../../../src/packs'
import { campaignsDir } from './paths'
import { loadPacks } from '../../../src/packs'

let result: LoadResult
beforeAll(async () => {
  result = await loadPacks(campaignsDir)
})

const dataOf = ({ campaign, knowledgeCheck }: CampaignPack): CampaignPack => ({
  campaign,
  knowledgeCheck,
})

describe('packToDocuments / documentsToPack', () => {
  it('is the identity on all three bundled packs', () => {
    expect(result.packs).toHaveLength(3)
    for (const pack of result.packs) {
      const documents = packToDocuments(pack)
      const back = documentsToPack(documents)
      expect(back, pack.name).toEqual(dataOf(pack))
      // Same key order too, so an export writes the same JSON as the pack it came from.
      expect(JSON.stringify(back), pack.name).toBe(JSON.stringify(dataOf(pack)))
    }
  })

  it('gives one complete object per locale, default locale first', () => {
    const pack = result.packs.find((loaded) => loaded.name === 'philippines-pre-departure')!
    const { campaign, assessment } = packToDocuments(pack)
    expect(Object.keys(campaign)).toEqual(['en', 'tl', 'ar'])
    expect(Object.keys(assessment)).toEqual(['en', 'tl', 'ar'])
    const ar = campaign.ar!
    expect(ar.title).toBe(pack.campaign.title.ar)
    expect(ar.slug).toBe('philippines-pre-departure')
    expect(ar.audiences).toEqual(['migrant-workers'])
    expect(ar.knowledgeCheck).toBe('philippines-pre-departure-check')
    expect(ar.body?.root.children.length).toBe(pack.campaign.body.ar!.length)
    expect(ar.objectives[0]).toEqual({
      id: 'philippines-pre-departure--objective--migrant-workers',
      audience: 'migrant-workers',
      reachTarget: 50000,
      knowledgeGainTarget: 0.25,
      passMark: 0.75,
    })
    const item = assessment.tl!.items[0]
    expect(item).toMatchObject({
      id: 'philippines-pre-departure-check--fee-cap',
      key: 'fee-cap',
      domain: 'lawful-recruitment',
      question: pack.knowledgeCheck!.items[0].question.tl,
    })
    expect(item.choices[0]).toEqual({
      id: 'philippines-pre-departure-check--fee-cap--a',
      key: 'a',
      label: 'Isang buwang basic na sahod',
      correct: true,
    })
    // Rows keep their ids in every locale, so per-locale updates hit the same rows.
    expect(assessment.ar!.items.map((row) => row.id)).toEqual(
      assessment.en!.items.map((row) => row.id),
    )
  })

  it('maps relationships and media through the given functions', () => {
    const pack = result.packs[0]
    const ids: Record<string, number> = { 'hospitality-students': 3 }
    const { campaign } = packToDocuments(pack, {
      audienceId: (slug) => ids[slug],
      assessmentId: () => 9,
    })
    expect(campaign.en?.audiences).toEqual([3])
    expect(campaign.en?.objectives[0].audience).toBe(3)
    expect(campaign.en?.knowledgeCheck).toBe(9)
  })

  it('omits missing translations so that Payload falls back to English', () => {
    const pack = result.packs.find((loaded) => loaded.name === 'peru-loreto-child-protection')!
    const partial: CampaignPack = {
      ...dataOf(pack),
      knowledgeCheck: {
        ...pack.knowledgeCheck!,
        items: pack.knowledgeCheck!.items.map((item, index) =>
          index === 0 ? { ...item, explanation: { en: item.explanation.en } } : item,
        ),
      },
    }
    const { assessment } = packToDocuments(partial)
    expect(assessment.es?.items[0]).not.toHaveProperty('explanation')
    expect(assessment.es?.items[1].explanation).toBe(pack.knowledgeCheck!.items[1].explanation.es)
    expect(documentsToPack(packToDocuments(partial))).toEqual(partial)
  })

  it('reads documents as Payload returns them (ISO dates, nulls, populated relations, row ids)', () => {
    const pack = result.packs.find((loaded) => loaded.name === 'peru-loreto-child-protection')!
    const { campaign, assessment } = packToDocuments(pack)
    const stored: LocalizedDocuments<StoredCampaign> = {}
    for (const [locale, doc] of Object.entries(campaign)) {
      stored[locale as 'en'] = {
        ...doc,
        id: 12,
        createdAt: '2026-01-02T10:00:00.000Z',
        _status: 'published',
        period: {
          start: '2026-01-01T00:00:00.000Z',
          end: '2027-12-31T00:00:00.000Z',
          timeZone: 'America/Lima',
        },
        audiences: [{ id: 1, slug: 'tourists', name: 'Tourists' }],
        objectives: doc.objectives.map((objective) => ({
          ...objective,
          audience: { id: 1, slug: 'tourists' },
        })),
        knowledgeCheck: { id: 4, slug: 'peru-loreto-child-protection-check' },
      }
    }
    const storedAssessment: LocalizedDocuments<StoredAssessment> = {
      ...assessment,
      en: { ...assessment.en!, revision: 3, id: 4 },
    }
    expect(documentsToPack({ campaign: stored, assessment: storedAssessment })).toEqual(
      dataOf(pack),
    )
  })

  it('asks for a mapping when relationships hold bare ids', () => {
    const pack = result.packs[0]
    const { campaign, assessment } = packToDocuments(pack, {
      audienceId: () => 3,
      assessmentId: () => 9,
    })
    expect(() => documentsToPack({ campaign, assessment })).toThrow(/audienceSlug/)
    expect(
      documentsToPack(
        { campaign, assessment },
        {
          audienceSlug: () => 'hospitality-students',
          assessmentSlug: () => pack.knowledgeCheck!.slug,
        },
      ),
    ).toEqual(dataOf(pack))
  })
})

describe('audiencesToDocuments / documentsToAudiences', () => {
  it('is the identity on the bundled audiences', () => {
    const documents = audiencesToDocuments(result.audiences)
    expect(Object.keys(documents)).toEqual(['tourists', 'hospitality-students', 'migrant-workers'])
    expect(Object.keys(documents['migrant-workers'])).toEqual(['en', 'fr', 'es', 'tl', 'id', 'ar'])
    expect(documents['migrant-workers'].tl).toEqual({
      name: 'Mga migranteng manggagawa',
      slug: 'migrant-workers',
      description: result.audiences[2].description.tl,
      languages: ['en', 'tl', 'id', 'ne', 'bn', 'my', 'hi', 'ar', 'ur'],
    })
    expect(documentsToAudiences(documents)).toEqual(result.audiences)
  })
})
