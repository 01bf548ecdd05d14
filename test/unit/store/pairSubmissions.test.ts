import { describe, expect, it } from 'vitest'

import { pairSubmissions } from '../../../src/evaluation/store/pairSubmissions'
import { submissionRecord } from './records'

describe('pairSubmissions', () => {
  const pre = submissionRecord('ana', 'pre', { a: 0, b: 1 })
  const post = submissionRecord('ana', 'post', { a: 1, b: 1 }, { day: '2026-03-02' })
  const followup = submissionRecord('ana', 'followup', { a: 1, b: 0 })

  it('pairs a pre and a post that arrive together once', () => {
    expect(pairSubmissions([pre, post], [pre, post])).toEqual([
      { after: post, before: pre, kind: 'prePost' },
    ])
  })

  it('pairs a new post with a pre stored earlier, and a late pre with an earlier post', () => {
    expect(pairSubmissions([post], [pre, post])).toEqual([
      { after: post, before: pre, kind: 'prePost' },
    ])
    expect(pairSubmissions([pre], [pre, post])).toEqual([
      { after: post, before: pre, kind: 'prePost' },
    ])
  })

  it('pairs a follow-up with the post, and a post with both sides at once', () => {
    expect(pairSubmissions([followup], [pre, post, followup])).toEqual([
      { after: followup, before: post, kind: 'postFollowup' },
    ])
    expect(pairSubmissions([post], [pre, post, followup]).map((pair) => pair.kind)).toEqual([
      'prePost',
      'postFollowup',
    ])
  })

  it('pairs nobody across respondents or campaigns, or without the other phase', () => {
    const otherPerson = submissionRecord('ben', 'post', { a: 1, b: 1 })
    const otherCampaign = { ...post, campaign: '4' }
    expect(
      pairSubmissions([otherPerson, otherCampaign], [pre, otherPerson, otherCampaign]),
    ).toEqual([])
    expect(pairSubmissions([pre], [pre])).toEqual([])
  })
})
