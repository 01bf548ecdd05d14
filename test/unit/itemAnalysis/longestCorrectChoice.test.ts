import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import {
  longestCorrectChoice,
  longestCorrectChoiceWarning,
} from '../../../src/evaluation/itemAnalysis/longestCorrectChoice'
import { createSchemaValidator, loadPacks, validatePack } from '../../../src/packs'
import { expectSignificant } from '../statistics/expectSignificant'
import { fixturesDir } from '../packs/paths'

const item = (key: string, right: string, ...wrong: string[]) => ({
  choices: [{ correct: true, label: right }, ...wrong.map((label) => ({ correct: false, label }))],
  key,
})

describe('a correct choice that is systematically the longest', () => {
  it('is found when the longest choice would score without any knowledge', () => {
    const items = Array.from({ length: 10 }, (_, index) =>
      index < 9
        ? item(`q${index}`, 'A careful, qualified and complete answer', 'No', 'Never')
        : item(`q${index}`, 'Yes', 'A long but wrong answer here', 'No'),
    )
    const result = longestCorrectChoice(items)
    expect(result.items).toHaveLength(9)
    expect(result.systematic).toBe(true)
    // Three choices each: Binomial(10, 1/3); P(X ≥ 9) = scipy.stats.binom.sf(8, 10, 1/3) 1.17.1.
    expectSignificant(result.p, 0.000355636843977036)
    expectSignificant(result.expected, 10 / 3)
    expect(longestCorrectChoiceWarning(result)).toMatch(/longest in 9 of 10 items/)
  })

  it('leaves a check alone when the longest is right about as often as chance', () => {
    const items = Array.from({ length: 10 }, (_, index) =>
      index < 4
        ? item(`q${index}`, 'The longest of the three', 'Short', 'Shorter')
        : item(`q${index}`, 'Short', 'The longest of the three', 'Shorter'),
    )
    const result = longestCorrectChoice(items)
    // P(X ≥ 4) = scipy.stats.binom.sf(3, 10, 1/3) = 0.440735660214399.
    expectSignificant(result.p, 0.440735660214399)
    expect(result.systematic).toBe(false)
    expect(longestCorrectChoiceWarning(result)).toBeNull()
    // A tie is not "longest", and length is in characters, not bytes.
    expect(longestCorrectChoice([item('tie', 'Même', 'Same')]).items).toEqual([])
  })

  it('warns in pack validation, and the import still takes the pack', () => {
    const dir = path.join(fixturesDir, 'broken', 'minimal-valid')
    const read = (file: string) =>
      JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        items: { choices: { correct?: boolean; label: Record<string, string> }[] }[]
      }
    const check = read('knowledge-check.json')
    // Six items of two choices, each with its correct choice the longest: P = 1/64.
    const [first] = check.items
    check.items = Array.from({ length: 6 }, (_, index) => ({
      ...structuredClone(first),
      key: `item-${index}`,
    }))
    for (const each of check.items) {
      for (const choice of each.choices) {
        if (choice.correct) choice.label.en = `${choice.label.en}, and much more careful detail`
      }
    }
    const result = validatePack(
      {
        campaign: read('campaign.json'),
        campaignFile: 'minimal-valid/campaign.json',
        knowledgeCheck: check,
        knowledgeCheckFile: 'minimal-valid/knowledge-check.json',
        name: 'minimal-valid',
      },
      { audiences: null, validate: createSchemaValidator() },
    )
    expect(result.errors).toEqual([])
    expect(result.pack).toBeDefined()
    expect(result.warnings).toEqual([
      expect.objectContaining({ field: '/items', message: expect.stringMatching(/longest/) }),
    ])
  })

  it('does not fire on the bundled packs, whose distractors were rewritten', async () => {
    const { errors, warnings } = await loadPacks(path.resolve('campaigns'))
    expect(errors).toEqual([])
    expect(warnings).toEqual([])
  })
})
