import { describe, expect, it } from 'vitest'

import { campaignInstants, startOfDay } from '../../../src/domain/campaignPeriod'
import { liveStatusText } from '../../../src/editorial/admin/liveStatusText'
import { liveStatus } from '../../../src/editorial/schedule/liveStatus'
import { adminWordsIn } from '../../helpers/adminWords'

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

describe('the live status in the admin language', () => {
  const period = { end: '2026-12-31', start: '2026-12-02', timeZone: 'America/Lima' }
  const moments = ['2026-12-01T12:00:00Z', '2026-12-01T04:30:00Z', '2026-11-01T12:00:00Z']
    .concat(['2026-12-02T05:00:00Z', '2027-01-01T05:00:00Z'])
    .map(at)

  it('says in English exactly what the server says', async () => {
    const english = await adminWordsIn('en')
    for (const now of moments) {
      for (const published of [true, false]) {
        const status = liveStatus({ period, published }, now)
        expect(liveStatusText(status, english)).toEqual({
          label: status.label,
          short: status.short,
        })
      }
    }
    const openEnded = liveStatus({ period: { start: '2026-12-02' }, published: true }, moments[3])
    expect(liveStatusText(openEnded, english).label).toBe(openEnded.label)
    const noStart = liveStatus({ period: {}, published: true }, moments[0])
    expect(liveStatusText(noStart, english)).toEqual({ label: noStart.label, short: noStart.short })
  })

  it('says it in French and Arabic, dates written the way those readers write them', async () => {
    const scheduled = liveStatus({ period, published: true }, moments[0])
    expect(liveStatusText(scheduled, await adminWordsIn('fr')).label).toBe(
      'Mise en ligne le 2 décembre 2026 à 00:00 (America/Lima), dans 17 heures',
    )
    const live = liveStatus({ period, published: true }, moments[3])
    expect(liveStatusText(live, await adminWordsIn('ar')).label).toBe(
      `منشورة الآن حتى نهاية ${new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'America/Lima' }).format(at('2026-12-31T12:00:00Z'))} (America/Lima)`,
    )
    expect(liveStatusText(live, await adminWordsIn('ar')).label).toMatch(/ديسمبر/)
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
