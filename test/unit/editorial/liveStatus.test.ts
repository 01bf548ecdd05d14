import { describe, expect, it } from 'vitest'

import { campaignInstants, startOfDay } from '../../../src/domain/campaignPeriod'
import { liveStatus } from '../../../src/editorial/schedule/liveStatus'

const at = (iso: string) => Date.parse(iso)

describe('a campaign period in its time zone', () => {
  it('starts at the first moment of the start day there and ends after the end day', () => {
    // Lima is UTC−5 all year; the admin stores a picked day as noon UTC.
    expect(
      campaignInstants({
        end: '2027-12-31T12:00:00.000Z',
        start: '2026-01-01T12:00:00.000Z',
        timeZone: 'America/Lima',
      }),
    ).toEqual({ end: at('2028-01-01T05:00:00Z'), start: at('2026-01-01T05:00:00Z') })
    // Manila is UTC+8: its 1 January begins on 31 December in UTC.
    expect(campaignInstants({ start: '2026-01-01', timeZone: 'Asia/Manila' })).toEqual({
      end: null,
      start: at('2025-12-31T16:00:00Z'),
    })
  })

  it('defaults to UTC, and copes with a night that changes the clocks', () => {
    expect(campaignInstants({ start: '2026-03-29' }).start).toBe(at('2026-03-29T00:00:00Z'))
    // Paris moves from UTC+1 to UTC+2 at 02:00 on 29 March 2026; midnight is still UTC+1.
    expect(startOfDay('2026-03-29', 'Europe/Paris')).toBe(at('2026-03-28T23:00:00Z'))
    expect(startOfDay('2026-03-30', 'Europe/Paris')).toBe(at('2026-03-29T22:00:00Z'))
    // Santiago de Chile skips midnight itself in spring (00:00 → 01:00, 6 September 2026).
    expect(startOfDay('2026-09-06', 'America/Santiago')).toBe(at('2026-09-06T04:00:00Z'))
  })
})

describe('the live status an editor sees', () => {
  const period = { end: '2026-12-31', start: '2026-12-02', timeZone: 'America/Lima' }

  it('says a published campaign goes live later, when, and in how many hours', () => {
    const status = liveStatus({ period, published: true }, at('2026-12-01T12:00:00Z'))
    expect(status.state).toBe('scheduled')
    expect(status.startsInHours).toBe(17)
    expect(status.label).toBe(
      'Goes live on December 2, 2026 at 12:00 AM (America/Lima), in 17 hours',
    )
    expect(liveStatus({ period, published: true }, at('2026-11-01T12:00:00Z')).label).toMatch(
      /, in 31 days$/,
    )
  })

  it('says live now until the end day, then ended on that day', () => {
    expect(liveStatus({ period, published: true }, at('2026-12-02T05:00:00Z')).label).toBe(
      'Live now, until the end of December 31, 2026 (America/Lima)',
    )
    // 31 December in Lima lasts until 05:00 UTC on 1 January.
    expect(liveStatus({ period, published: true }, at('2027-01-01T04:59:59Z')).state).toBe('live')
    expect(liveStatus({ period, published: true }, at('2027-01-01T05:00:00Z')).label).toBe(
      'Ended on December 31, 2026 (America/Lima)',
    )
  })

  it('says a draft reaches nobody, whatever its period', () => {
    expect(liveStatus({ period, published: false }, at('2026-12-10T00:00:00Z')).state).toBe('draft')
  })
})

describe('a period given with a time of day', () => {
  it('is that exact moment: only days (00:00 or 12:00 UTC, or YYYY-MM-DD) count in the time zone', () => {
    expect(
      campaignInstants({ start: '2026-12-01T10:15:30.250Z', timeZone: 'America/Lima' }).start,
    ).toBe(at('2026-12-01T10:15:30.250Z'))
    expect(
      campaignInstants({ start: '2026-12-01T00:00:00.000Z', timeZone: 'America/Lima' }).start,
    ).toBe(at('2026-12-01T05:00:00Z'))
  })
})
