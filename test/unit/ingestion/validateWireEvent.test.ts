import { describe, expect, it } from 'vitest'

import { validateWireEvent } from '../../../src/evaluation/ingestion/validateWireEvent'

const valid = {
  audience: 'migrant-workers',
  campaign: 'philippines-pre-departure',
  channel: 'seminar',
  consent: true,
  id: '0b6c1c4e-8f0a-4f5e-9d61-3c2b1f0e7a55',
  locale: 'tl',
  occurredAt: '2026-03-01T09:30:00+08:00',
  respondent: 'k3J9-x2_Qa81',
  type: 'impression',
}

const errorsOf = (event: unknown) => validateWireEvent(event).errors

describe('validateWireEvent', () => {
  it('accepts an event of EVALUATION.md, with the campaign by slug or id', () => {
    expect(validateWireEvent(valid)).toEqual({ event: valid })
    expect(validateWireEvent({ ...valid, campaign: 12 }).event).toBeDefined()
  })

  it('accepts an assessment with its phase, revision and answers, single or multiple', () => {
    const assessment = {
      ...valid,
      assessment: {
        answers: { 'fee-cap': 'b', 'keep-passport': ['a', 'c'] },
        assessment: 5,
        phase: 'pre',
        revision: 1,
      },
      type: 'assessment',
    }
    expect(validateWireEvent(assessment).event).toBeDefined()
  })

  it('words what is missing or wrong so a developer can fix it', () => {
    expect(errorsOf({ ...valid, consent: undefined, id: undefined })).toEqual([
      expect.stringMatching(/^"id" is missing\. It must be a UUID made by the sender/),
      '"consent" is missing.',
    ])
    expect(errorsOf({ ...valid, locale: 'klingon', occurredAt: '2026-03-01 09:30' })).toEqual([
      expect.stringMatching(/^"locale" is "klingon"; use one of: en, fr, es/),
      expect.stringMatching(
        /^"occurredAt" is "2026-03-01 09:30", which is not valid\. It must be an ISO 8601/,
      ),
    ])
    expect(errorsOf({ ...valid, campaign: 'Peru Campaign!' })).toEqual([
      expect.stringMatching(
        /^"campaign" is "Peru Campaign!", which is not valid\. It must be the campaign id or slug/,
      ),
    ])
  })

  it('refuses personal data where an opaque id belongs, and fields an event does not have', () => {
    expect(errorsOf({ ...valid, respondent: 'maria.santos@example.org' })).toEqual([
      expect.stringMatching(/never a name, email address, phone number or IP address/),
    ])
    expect(errorsOf({ ...valid, respondent: '09171234567' })).toEqual([
      expect.stringMatching(/looks like a phone number/),
    ])
    expect(errorsOf({ ...valid, ipAddress: '10.0.0.1', partner: 3 })).toEqual([
      expect.stringMatching(/^"ipAddress" is not a field of an event; send only /),
      expect.stringMatching(/^"partner" is not a field of an event/),
    ])
  })

  it('ties the assessment object to events of type assessment', () => {
    expect(errorsOf({ ...valid, type: 'assessment' })).toEqual([
      'an event of type "assessment" needs an "assessment" object (phase, assessment, revision, answers).',
    ])
    const stray = { answers: { a: 'b' }, assessment: 1, phase: 'pre', revision: 1 }
    expect(errorsOf({ ...valid, assessment: stray })).toEqual([
      '"assessment" is only allowed on events of type "assessment".',
    ])
    expect(
      errorsOf({
        ...valid,
        assessment: { ...stray, answers: {}, phase: 'during' },
        type: 'assessment',
      }),
    ).toEqual([
      expect.stringMatching(/^"assessment.answers" is empty/),
      expect.stringMatching(/^"assessment.phase" is "during"; use one of: pre, post, followup\./),
    ])
  })

  it('answers a value that is not an object at all', () => {
    expect(errorsOf('impression')).toEqual(['the event must be object, not "impression".'])
  })

  it('returns the id in one spelling: lower case, without a urn:uuid: prefix', () => {
    for (const id of [valid.id.toUpperCase(), `urn:uuid:${valid.id}`, `URN:UUID:${valid.id}`]) {
      expect(validateWireEvent({ ...valid, id }).event?.id).toBe(valid.id)
    }
  })

  it('refuses a leap second, which the schema allows and no stored time can hold', () => {
    expect(errorsOf({ ...valid, occurredAt: '2016-12-31T23:59:60Z' })).toEqual([
      expect.stringMatching(
        /^"occurredAt" is "2016-12-31T23:59:60Z", a time that cannot be stored/,
      ),
    ])
  })

  it('quotes at most a little of an odd value, however long or nested', () => {
    const [long] = errorsOf({ ...valid, respondent: `${'a'.repeat(10_000)}!` }) ?? []
    expect(long.length).toBeLessThan(400)
    expect(errorsOf({ ...valid, audience: [[[['x']]]] })).toEqual([
      expect.stringMatching(/^"audience" must be string, not a list of 1\./),
    ])
  })
})
