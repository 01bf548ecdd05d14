import { describe, expect, it } from 'vitest'

import { readEnvironment } from '../../../src/environment'

/** An environment with only these variables set (Next's types insist on NODE_ENV). */
const only = (variables: Record<string, string> = {}) => ({
  NODE_ENV: 'test' as const,
  ...variables,
})

describe('the evaluation settings in the environment', () => {
  it('defaults to k = 10, 400 days of raw events and 6000 batches a minute per key', () => {
    expect(readEnvironment(only())).toMatchObject({
      eventRateLimitBatches: 6000,
      eventRateLimitWindowSeconds: 60,
      eventRetentionDays: 400,
      reportMinRespondents: 10,
    })
  })

  it('takes other values, and refuses a k below 5 or a retention that would accept nothing', () => {
    expect(
      readEnvironment(
        only({
          EVENT_RATE_LIMIT_BATCHES: '20',
          EVENT_RATE_LIMIT_WINDOW_SECONDS: '1',
          EVENT_RETENTION_DAYS: '90',
          REPORT_MIN_RESPONDENTS: '5',
        }),
      ),
    ).toMatchObject({
      eventRateLimitBatches: 20,
      eventRateLimitWindowSeconds: 1,
      eventRetentionDays: 90,
      reportMinRespondents: 5,
    })
    expect(() => readEnvironment(only({ REPORT_MIN_RESPONDENTS: '4' }))).toThrow(
      'REPORT_MIN_RESPONDENTS must be a whole number of at least 5, got "4".',
    )
    expect(() => readEnvironment(only({ EVENT_RETENTION_DAYS: '1' }))).toThrow(/at least 2/)
    expect(() => readEnvironment(only({ EVENT_RATE_LIMIT_BATCHES: 'lots' }))).toThrow(
      /whole number/,
    )
  })
})
