import { describe, expect, it } from 'vitest'

import { csvLines } from '../../../src/evaluation/fieldUpload/csvLines'
import { fieldEventId } from '../../../src/evaluation/fieldUpload/fieldEventId'
import { lookupOf } from '../../../src/evaluation/fieldUpload/fieldCampaign'
import { serverKeysOf } from '../../../src/evaluation/ids/serverKeys'
import { nameBasedUuid } from '../../../src/evaluation/ids/nameBasedUuid'
import {
  parseFieldUpload,
  UploadFileError,
} from '../../../src/evaluation/fieldUpload/parseFieldUpload'
import { rejectedRowsCsv } from '../../../src/evaluation/fieldUpload/rejectedRowsCsv'
import { templateCsv } from '../../../src/evaluation/fieldUpload/templateCsv'
import { csv, header, noCheck, philippines } from './fieldCampaigns'

const NOW = new Date('2026-11-20T10:00:00Z')
const lookup = lookupOf([philippines, noCheck])
const idKey = serverKeysOf('server secret').fieldUploadId
const parse = (text: string, key = idKey) =>
  parseFieldUpload(csvLines(text), lookup, key, { now: NOW })

const good =
  'MNL-0317-042,philippines-pre-departure,migrant-workers,seminar,tl,pre,2026-03-14,yes,2'

describe('reading a field-upload CSV', () => {
  it('turns a good row into an assessment event with the answers by item', () => {
    const { events, rejected } = parse(csv(`${good},a,b,a|c`))
    expect(rejected).toEqual([])
    expect(events).toHaveLength(1)
    expect(events[0].row).toBe(2)
    expect(events[0].event).toEqual({
      assessment: {
        answers: { 'fee-cap': 'a', passport: 'b', 'warning-signs': ['a', 'c'] },
        assessment: 'philippines-pre-departure-check',
        phase: 'pre',
        revision: 2,
      },
      audience: 'migrant-workers',
      campaign: 'philippines-pre-departure',
      channel: 'seminar',
      consent: true,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      locale: 'tl',
      occurredAt: '2026-03-14T12:00:00.000Z',
      respondent: 'field-MNL-0317-042',
      type: 'assessment',
    })
  })

  it('gives a row the same id in every upload, and another phase another id', () => {
    const first = parse(csv(`${good},a,b,c`)).events[0].event.id
    const again = parse(
      csv(`${good.toLowerCase().replace('philippines-pre-departure', '3')},a,b,c`),
    )
    expect(again.rejected).toEqual([])
    expect(again.events[0].event.id).toBe(first)
    const post = parse(csv(`${good.replace(',pre,', ',post,')},a,b,c`)).events[0].event.id
    expect(post).not.toBe(first)
  })

  it('keys row ids with the server secret: public facts alone never give them', () => {
    const id = parse(csv(`${good},a,b,c`)).events[0].event.id
    const identity = {
      assessment: philippines.assessment!.id,
      campaign: philippines.id,
      phase: 'pre',
      respondent: 'MNL-0317-042',
      type: 'assessment' as const,
    }
    expect(id).toBe(fieldEventId(idKey, identity))
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    // The former derivation (a version 5 UUID of the same facts) could be recomputed by anyone
    // who reads the database, and a guessed paper code tested against it; this one cannot.
    const publicFacts = JSON.stringify([
      'assessment',
      String(philippines.id),
      'MNL-0317-042',
      'pre',
      String(philippines.assessment!.id),
    ])
    expect(id).not.toBe(nameBasedUuid('a3f1c7e2-5b8d-4f6a-9c2e-7d1b0e4a6f38', publicFacts))
    const otherSecret = serverKeysOf('another secret').fieldUploadId
    expect(parse(csv(`${good},a,b,c`), otherSecret).events[0].event.id).not.toBe(id)
  })

  it('reports every bad row with its number and each reason, and keeps the good ones', () => {
    const { events, rejected } = parse(
      csv(
        `${good},a,b,c`,
        'Maria Santos,philippines-pre-departure,tourists,seminar,xx,during,14/03/26,maybe,2,a,b,c',
        'MNL-2,nowhere,migrant-workers,seminar,tl,pre,2026-03-14,yes,2,a,b,c',
        'MNL-3,philippines-pre-departure,migrant-workers,seminar,tl,post,2026-03-14,yes,9,z,b,',
        'MNL-4,philippines-pre-departure,migrant-workers,radio-show,tl,post,2031-01-01,yes,1,,,',
        '09171234567,philippines-pre-departure,migrant-workers,seminar,tl,pre,2026-03-14,yes,2,a,b,c',
      ),
    )
    expect(events.map((event) => event.row)).toEqual([2])
    expect(rejected.map((rejection) => rejection.row)).toEqual([3, 4, 5, 6, 7])
    const reasons = Object.fromEntries(rejected.map((r) => [r.row, r.errors.join(' | ')]))
    expect(reasons[3]).toMatch(/respondent: not a respondent code/)
    expect(reasons[3]).toMatch(
      /audience: "tourists" is not an audience of philippines-pre-departure/,
    )
    expect(reasons[3]).toMatch(/locale: "xx" is not one of/)
    expect(reasons[3]).toMatch(/phase: "during" is not pre, post or followup/)
    expect(reasons[3]).toMatch(/date: "14\/03\/26" has a two-digit year/)
    expect(reasons[3]).toMatch(/consent: "maybe" is not yes or no/)
    expect(reasons[4]).toMatch(
      /campaign: no campaign "nowhere" here \(known: philippines-pre-departure, poster-only\)/,
    )
    expect(reasons[5]).toMatch(
      /revision: the knowledge check is at revision 2; 9 does not exist yet/,
    )
    expect(reasons[5]).toMatch(/fee-cap: "z" is not a choice of this item \(a, b, c\)/)
    expect(reasons[6]).toMatch(/channel: "radio-show" is not one of/)
    expect(reasons[6]).toMatch(/date: 2031-01-01 is in the future/)
    expect(reasons[6]).toMatch(/no answers/)
    expect(reasons[7]).toMatch(/never a name, email address or phone number/)
  })

  it('never echoes what was written in the respondent column', () => {
    const { rejected } = parse(
      csv(
        'maria@example.org,philippines-pre-departure,migrant-workers,seminar,tl,pre,2026-03-14,yes,2,a,b,c',
      ),
    )
    expect(JSON.stringify(rejected)).not.toContain('maria')
  })

  it('keeps only the presence of someone who did not consent: no answers, reach only', () => {
    const { events } = parse(csv(`${good.replace(',yes,2', ',no,')},a,b,c`))
    expect(events[0].event.type).toBe('impression')
    expect(events[0].event.consent).toBe(false)
    expect(events[0].event.assessment).toBeUndefined()
    expect(JSON.stringify(events[0].event)).not.toMatch(/fee-cap/)
  })

  it('refuses the second row for the same respondent, campaign and phase', () => {
    const { events, rejected } = parse(csv(`${good},a,b,c`, `${good},b,b,c`))
    expect(events).toHaveLength(1)
    expect(rejected).toEqual([
      { errors: [expect.stringMatching(/same respondent, campaign and phase as row 2/)], row: 3 },
    ])
  })

  it('reports cells in columns that are no item of the campaign, and items without a column', () => {
    const text = [
      'respondent,campaign,audience,channel,locale,phase,date,consent,revision,fee-cap,pasport',
      `${good},a,b`,
    ].join('\n')
    const { rejected } = parse(text)
    expect(rejected[0].errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^passport: the file has no column for this item/),
        expect.stringMatching(/^warning-signs: the file has no column/),
        expect.stringMatching(
          /^pasport: not an item of philippines-pre-departure's knowledge check/,
        ),
      ]),
    )
  })

  it('numbers rows as a spreadsheet does, skipping blank rows but not their numbers', () => {
    const text = [
      header,
      '',
      `${good},a,b,c`,
      ',,,,,,,,,,,',
      `${good.replace(',pre,', ',post,')},a,"b,c`,
    ].join('\r\n')
    const { events, rejected } = parse(text)
    expect(events.map((event) => event.row)).toEqual([3])
    expect(rejected).toEqual([{ errors: [expect.stringMatching(/quotes on this row/)], row: 5 }])
  })

  it('reads semicolon-separated files, a byte-order mark and upper-case headers', () => {
    const text =
      '\uFEFF' +
      [header.toUpperCase().replaceAll(',', ';'), `${good};a;b;a c`.replaceAll(',', ';')].join('\n')
    const { events, rejected } = parse(text)
    expect(rejected).toEqual([])
    expect(events[0].event.assessment?.answers['warning-signs']).toEqual(['a', 'c'])
  })

  it('refuses a file without the required columns as a whole, saying which are missing', () => {
    expect(() => parse('respondent,campaign\nA,b')).toThrow(UploadFileError)
    expect(() => parse('respondent,campaign\nA,b')).toThrow(
      /missing: audience, channel, locale, phase, date, consent, revision/,
    )
    expect(() => parse('')).toThrow(/The file is empty/)
  })

  it('offers a template whose guide and example rows it skips when they come back', () => {
    const template = templateCsv(philippines, null)
    const [first, guide, example] = template.split('\r\n')
    expect(first).toBe(header)
    expect(guide).toMatch(/^# what to write/)
    expect(example).toMatch(/^# example/)
    expect(parse(template)).toMatchObject({ events: [], rejected: [] })
    // The example row, once its code is a real one, is a row that imports.
    const filled = example.replace(/^[^,]*/, 'MNL-0314-042')
    expect(parse(csv(filled)).events).toHaveLength(1)
  })

  it('reads channels and languages by name in any case, and day-first dates', () => {
    const row = (channel: string, locale: string, date: string) =>
      `MNL-7,philippines-pre-departure,Migrant-Workers,${channel},${locale},pre,${date},yes,2,a,b,c`
    const { events, rejected } = parse(
      csv(
        row('Workshop', 'TL', '31/12/2025'),
        row('pre-departure SEMINAR', 'Arabic', '31.12.2025').replace('MNL-7', 'MNL-8'),
        row('radio', 'العربية', '12/31/2025').replace('MNL-7', 'MNL-9'),
        row('radio', 'Filipino', '3/3/2025').replace('MNL-7', 'MNL-10'),
      ),
    )
    expect(rejected).toEqual([])
    expect(events.map(({ event }) => [event.channel, event.locale, event.occurredAt])).toEqual([
      ['workshop', 'tl', '2025-12-31T12:00:00.000Z'],
      ['seminar', 'ar', '2025-12-31T12:00:00.000Z'],
      ['radio', 'ar', '2025-12-31T12:00:00.000Z'],
      ['radio', 'tl', '2025-03-03T12:00:00.000Z'],
    ])
  })

  it('refuses an ambiguous date unless the upload states its date order', () => {
    const text = csv(
      `MNL-7,philippines-pre-departure,migrant-workers,seminar,tl,pre,03/04/2026,yes,2,a,b,c`,
    )
    const [refusal] = parse(text).rejected
    expect(refusal.errors.join()).toMatch(
      /date: "03\/04\/2026" could be 3 April or 4 March; write it 2026-04-03 or 2026-03-04/,
    )
    const read = (dateOrder: 'day-first' | 'month-first') =>
      parseFieldUpload(csvLines(text), lookup, idKey, { dateOrder, now: NOW }).events[0].event
        .occurredAt
    expect(read('day-first')).toBe('2026-04-03T12:00:00.000Z')
    expect(read('month-first')).toBe('2026-03-04T12:00:00.000Z')
    const impossible = csv(
      `MNL-7,philippines-pre-departure,migrant-workers,seminar,tl,pre,31.02.2026,yes,2,a,b,c`,
    )
    expect(parse(impossible).rejected[0].errors.join()).toMatch(/not a day of the calendar/)
  })

  it('hands back rejected rows under their header with one reason column, also when sent again', () => {
    const text = csv(
      `${good},a,b,c`,
      `MNL-5,philippines-pre-departure,migrant-workers,seminar,tl,during,2026-03-14,yes,2,a,b,c`,
    )
    const parsed = parse(text)
    const first = rejectedRowsCsv(parsed.header, parsed.rowCells, parsed.rejected)
    const [columns, row, end] = first.split('\r\n')
    expect(columns).toBe(`${header},reason`)
    expect(row).toMatch(/^MNL-5,.*,a,b,c,"?row 3: phase: ""during""/)
    expect(end).toBe('')
    // Uploaded again unchanged: the reason column is read past and replaced, not doubled.
    const again = parse(first)
    expect(again.rejected).toEqual([{ errors: [expect.stringMatching(/^phase/)], row: 2 }])
    const second = rejectedRowsCsv(again.header, again.rowCells, again.rejected)
    expect(second.split('\r\n')[0]).toBe(`${header},reason`)
    expect(second).toMatch(/row 2: phase: ""during""/)
  })

  it('leaves out of the rejected-rows file a respondent cell refused as no code', () => {
    const parsed = parse(
      csv(
        'Maria Santos,philippines-pre-departure,migrant-workers,seminar,tl,pre,2026-03-14,yes,2,a,b,c',
      ),
    )
    const file = rejectedRowsCsv(parsed.header, parsed.rowCells, parsed.rejected)
    expect(file).not.toContain('Maria')
    expect(file.split('\r\n')[1]).toMatch(
      /^,philippines-pre-departure,.*row 2: respondent: not a respondent code/,
    )
  })
})
