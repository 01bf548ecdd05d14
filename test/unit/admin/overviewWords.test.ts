import { describe, expect, it } from 'vitest'

import type { KnowledgeFigures, ReachFigures } from '../../../src/evaluation/reports/figureTypes'

import {
  changeSentence,
  effectWord,
  hiddenBlocksSentence,
  masterySentence,
  reachSentence,
  retentionSentence,
  suppressedRowSentence,
} from '../../../src/evaluation/admin/overview/plainWords'
import { adminWordsIn } from '../../helpers/adminWords'

const hidden = { suppressed: true } as const

const mean = (value: number, n = 40) => ({
  ci: [value - 0.03, value + 0.03],
  mean: value,
  n,
  sd: 0.1,
})

const knowledge = (overrides: Partial<KnowledgeFigures> = {}): KnowledgeFigures => ({
  attainment: 0.84,
  followup: hidden,
  items: [],
  mastery: { passMark: 0.7, post: hidden, pre: hidden },
  normalizedGain: 0.46,
  normalizedGainCi: [0.38, 0.54],
  normalizedGainLabel: 'medium',
  observedGain: 0.21,
  observedGainBasis: 'paired',
  paired: {
    ci: [0.18, 0.24],
    df: 39,
    dz: 1.1,
    dzCi: [0.7, 1.5],
    meanDiff: 0.21,
    n: 40,
    p: 0.0001,
    sd: 0.19,
    t: 7,
    wilcoxon: { method: 'normal', p: 0.0001, V: 800 },
  },
  post: mean(0.74) as KnowledgeFigures['post'],
  pre: mean(0.52) as KnowledgeFigures['pre'],
  reliability: { post: hidden, pre: hidden },
  retention: hidden,
  suppressed: ['followup', 'retention'],
  target: 0.25,
  unpaired: hidden,
  ...overrides,
})

describe('the overview in plain words', () => {
  it('says pre → post and the change in one sentence, as the issue words it', () => {
    expect(changeSentence(knowledge(), 10)).toBe(
      'Scores rose from 52 % to 74 %, +21 points: a large improvement, 84 % of the target.',
    )
  })

  it('says it in the reader’s admin language, figures written as that language writes them', async () => {
    expect(changeSentence(knowledge(), 10, await adminWordsIn('fr'))).toBe(
      'Les scores sont passés de 52\u202f% à 74\u202f%, +21 points : une amélioration importante, soit 84\u202f% de l’objectif.',
    )
    const arabic = await adminWordsIn('ar')
    expect(changeSentence(knowledge(), 10, arabic)).toMatch(
      /^ارتفعت الدرجات من .*52.*٪ إلى .*74.*٪/,
    )
    const reach = { reached: 1234, reachedError: 0, target: 2000 } as ReachFigures
    expect(reachSentence({ ...reach, attainment: 0.617 }, await adminWordsIn('fr'))).toBe(
      '1\u202f234 personnes atteintes sur 2\u202f000 visées (62\u202f%).',
    )
    // Arabic counts: 3 to 10 take the plural "أشخاص", 11 and more the singular accusative.
    expect(reachSentence({ ...reach, reached: 7, target: null }, arabic)).toMatch(/7 أشخاص؛/)
    expect(reachSentence({ ...reach, reached: 11, target: null }, arabic)).toMatch(/11 شخصًا؛/)
  })

  it('calls a change whose interval includes zero unclear, and names a decline', () => {
    const unclear = knowledge({
      attainment: null,
      paired: {
        ...(knowledge().paired as object),
        ci: [-0.01, 0.05],
        dz: 0.3,
        meanDiff: 0.02,
      } as KnowledgeFigures['paired'],
      post: mean(0.54) as KnowledgeFigures['post'],
    })
    expect(changeSentence(unclear, 10)).toBe(
      'Scores rose from 52 % to 54 %, +2 points: not clearly more than chance (too few answers or too small a change to be sure).',
    )
    const decline = knowledge({
      attainment: null,
      paired: {
        ...(knowledge().paired as object),
        ci: [-0.09, -0.03],
        dz: -0.35,
        meanDiff: -0.06,
      } as KnowledgeFigures['paired'],
      post: mean(0.46) as KnowledgeFigures['post'],
    })
    expect(changeSentence(decline, 10)).toBe(
      'Scores fell from 52 % to 46 %, −6 points: a small decline.',
    )
  })

  it('uses the unpaired change when there are no pairs, and says what is hidden', () => {
    const separate = knowledge({
      paired: hidden,
      unpaired: {
        ci: [0.1, 0.3],
        df: 70,
        g: 0.6,
        gCi: [0.14, 1.06],
        meanDiff: 0.2,
        n1: 40,
        n2: 35,
        p: 0.001,
        t: 4,
      },
    })
    expect(changeSentence(separate, 10)).toMatch(/\+20 points: a medium improvement/)
    expect(changeSentence(knowledge({ paired: hidden }), 10)).toBe(
      'Scores went from 52 % to 74 %; the change is hidden: fewer than 10 people answered both before and after.',
    )
    expect(changeSentence(knowledge({ post: hidden }), 10)).toBe(
      'Scores before the campaign: 52 %; fewer than 10 people answered after it, so that score is hidden.',
    )
    expect(
      changeSentence(knowledge({ post: { ci: [null, null], mean: null, n: 0, sd: null } }), 10),
    ).toBe('Scores before the campaign: 52 %; no one has answered after it yet.')
    expect(changeSentence(knowledge({ post: hidden, pre: hidden }), 12)).toMatch(
      /fewer than 12 people/,
    )
    expect(hiddenBlocksSentence(knowledge(), 10)).toBe(
      'Not shown: the follow-up score and what was kept at follow-up, as fewer than 10 people answered (or showing it would reveal a smaller group). They appear as more people take part.',
    )
    expect(hiddenBlocksSentence(knowledge({ suppressed: [] }), 10)).toBeNull()
  })

  it('words reach against the target, and why a row is hidden and what would show it', () => {
    const reach: ReachFigures = {
      assessmentsCompleted: 10,
      attainment: 0.617,
      cta: 3,
      ctaRate: 0.1,
      ctaRateCi: [0.08, 0.12],
      engaged: 5,
      engagedRate: 0.2,
      engagedRateCi: [0.18, 0.22],
      impressions: 3000,
      reached: 1234,
      reachedError: 0,
      target: 2000,
    }
    expect(reachSentence(reach)).toBe('1,234 people reached of 2,000 targeted (62 %).')
    expect(reachSentence({ ...reach, reachedError: 0.02, target: null })).toBe(
      '1,234 people reached (± 2 %, an estimate); no reach target set.',
    )
    expect(suppressedRowSentence(10, false)).toMatch(
      /fewer than 10 people in this audience.*each have at least 10/,
    )
    expect(suppressedRowSentence(10, true)).toMatch(/^No figures yet: fewer than 10 people/)
  })

  it("sizes effects by Cohen's conventions", () => {
    expect([0.1, 0.2, 0.5, 0.8, -0.9].map((effect) => effectWord(effect))).toEqual([
      'negligible',
      'small',
      'medium',
      'large',
      'large',
    ])
  })

  it('says mastery and retention in words, and nothing for what is hidden', () => {
    const rate = (value: number) => ({ ci: [0, 1] as [number, number], n: 40, rate: value })
    expect(masterySentence({ passMark: 0.7, post: rate(0.65), pre: rate(0.3) })).toBe(
      'Before, 30 % reached the pass mark of 70 %; after, 65 %.',
    )
    expect(masterySentence({ passMark: null, post: rate(0.5), pre: hidden })).toBe(
      'After, 50 % reached the pass mark.',
    )
    expect(masterySentence({ passMark: 0.7, post: hidden, pre: hidden })).toBeNull()
    const retention = (meanDiff: number, ci: [number, number]) => ({
      ...knowledge().paired,
      ci,
      meanDiff,
    })
    expect(retentionSentence(retention(-0.03, [-0.05, -0.01]))).toBe(
      'At follow-up, scores were 3 points lower than right after the campaign.',
    )
    expect(retentionSentence(retention(0.02, [-0.01, 0.05]))).toBe(
      'At follow-up, scores were 2 points higher than right after the campaign (not clearly different: too few answers to be sure).',
    )
    expect(retentionSentence(hidden)).toBeNull()
  })
})
