import { describe, expect, it } from 'vitest'

import type { EditorState } from '../../../src/delivery/content/publishedContent'
import type { HotlineFields } from '../../../src/packs/types'

import { readEnvironment } from '../../../src/environment'
import { campaignTexts } from '../../../src/editorial/readiness/campaignTexts'
import { findPublishingBlockers } from '../../../src/editorial/readiness/findPublishingBlockers'
import { bodyToLexical } from '../../../src/packs/lexical'

const now = new Date('2026-12-01T12:00:00Z')
const rules = { maxHotlineAgeDays: 365, now }

const hotline = (fields: Partial<HotlineFields>): HotlineFields => ({
  country: 'PE',
  hours: '',
  languages: [],
  lastVerified: '2026-11-01',
  name: 'Línea 1818',
  phone: '1818',
  placeholder: false,
  url: '',
  ...fields,
})

const blockersOf = (hotlines: HotlineFields[], paragraph = 'A checked fact.') =>
  findPublishingBlockers(
    campaignTexts(
      {
        body: {
          es: bodyToLexical([
            { paragraph },
            ...hotlines.map((h) => ({ hotline: h })),
          ]) as unknown as EditorState,
        },
        summary: {},
        title: { es: 'Título' },
      },
      null,
    ),
    rules,
  )

describe('what blocks publishing', () => {
  it('nothing, when every text is checked and every hotline verified within the allowed age', () => {
    expect(blockersOf([hotline({ lastVerified: '2025-12-01' })])).toEqual([])
  })

  it('a placeholder in any spelling: "[PLACEHOLDER: …", "[ placeholder …"', () => {
    for (const text of ['Pena: [PLACEHOLDER: no verificada].', 'Pena: [ placeholder pending ]']) {
      expect(blockersOf([], text).map((blocker) => blocker.reason)).toEqual(['placeholder-text'])
    }
    expect(blockersOf([], 'A [link](https://example.org) and [brackets].')).toEqual([])
  })

  it('a hotline marked as a placeholder, never verified, or verified too long ago', () => {
    const reasons = blockersOf([
      hotline({ placeholder: true, phone: '', url: 'https://example.org' }),
      hotline({ lastVerified: '' }),
      hotline({ lastVerified: '2025-11-30' }),
    ]).map((blocker) => [blocker.reason, blocker.verifiedOn])
    expect(reasons).toEqual([
      ['hotline-placeholder', undefined],
      ['hotline-never-verified', undefined],
      ['hotline-verification-expired', '2025-11-30'],
    ])
  })

  it('names the language, the place and the text in a message without commas of its own', () => {
    const [blocker] = blockersOf([], 'Pena: [PLACEHOLDER: no verificada].')
    expect(blocker?.message).toBe(
      'Español (es) › Body › Paragraph › “Pena: [PLACEHOLDER: no verificada].” is placeholder text; replace it with a checked fact or remove it.',
    )
  })

  it('reads the allowed age from HOTLINE_MAX_AGE_DAYS, 365 days by default, at least 1', () => {
    expect(readEnvironment({ NODE_ENV: 'test' }).hotlineMaxAgeDays).toBe(365)
    expect(
      readEnvironment({ HOTLINE_MAX_AGE_DAYS: '90', NODE_ENV: 'test' }).hotlineMaxAgeDays,
    ).toBe(90)
    expect(() => readEnvironment({ HOTLINE_MAX_AGE_DAYS: '0', NODE_ENV: 'test' })).toThrow(
      /HOTLINE_MAX_AGE_DAYS/,
    )
  })
})
