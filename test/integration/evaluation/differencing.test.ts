import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { WireEvent } from '../../../src/evaluation/events/wireEvent'
import type {
  AudienceReport,
  CampaignReport,
  SeriesPoint,
} from '../../../src/evaluation/reports/figureTypes'
import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { createPartner, signInAs } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'
import { useDeploymentK } from '../../helpers/deploymentK'
import {
  anEvent,
  answersFor,
  knowledgeCheckOf,
  type KnowledgeCheck,
  sendBatch,
} from '../../helpers/evaluation'
import { startTestServer } from '../../helpers/testServer'

/**
 * An attacker with an evaluator's account asks for every report the API allows (every filter,
 * every `from` and `to` day over five weeks, week windows, `quality`, `k`, the audience filter,
 * and combinations of filters), then, knowing how the data were made, checks whether any linear
 * combination of everything published (sums and differences of any number of reports, total
 * minus the visible rows, one day moved) equals the figures of a group of 1 to k − 1 respondents.
 * The check is exhaustive for this campaign: respondents alike in every attribute are
 * indistinguishable by any report, so every group a combination can isolate is a union of such
 * classes, and each union under k is tried against the span of all published groups.
 */

const SLUG = 'differencing'
/** This file's deployment k. */
const K = 5
const DAY = 86_400_000
const AUDIENCES = ['tourists', 'hospitality-students', 'migrant-workers'] as const

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

const mondayOf = (day: string) => {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
  return addDays(day, -weekday)
}

/** Week A: last week (its Monday); B the week before; C the one before that. */
const weekA = addDays(mondayOf(new Date().toISOString().slice(0, 10)), -7)
const weekB = addDays(weekA, -7)
const weekC = addDays(weekB, -7)

type Phase = 'followup' | 'post' | 'pre'
type Person = {
  audience: (typeof AUDIENCES)[number]
  channel: string
  day: string
  /** Checks held for review (taken before the campaign began), no exposure event. */
  held: boolean
  id: string
  locale: string
  partner: 'main' | 'small'
  phases: Partial<Record<Phase, number>>
}

type Query = Record<string, string>
type Answer = { query: Query; report: CampaignReport }
const blockNames = ['respondents', 'pre', 'post', 'followup', 'paired', 'retention'] as const
type BlockName = (typeof blockNames)[number]

const inBlock = (person: Person, block: BlockName, all: boolean): boolean => {
  const counted = (phase: Phase) => person.phases[phase] !== undefined && (all || !person.held)
  switch (block) {
    case 'respondents':
      return !person.held
    case 'paired':
      return counted('pre') && counted('post')
    case 'retention':
      return counted('post') && counted('followup')
    default:
      return counted(block)
  }
}

/** n of a block as a row shows it; undefined when suppressed. */
const shownSize = (row: AudienceReport, block: BlockName): number | undefined => {
  if (row.suppressed) return undefined
  if (block === 'respondents') return row.reach.reached
  const figure = row.knowledge[block]
  return 'suppressed' in figure ? undefined : figure.n
}

describe('small cells survive differencing: an attacker over HTTP', () => {
  useDeploymentK(K)
  let server: RunningServer
  let evaluator: Headers
  let check: KnowledgeCheck
  const partners = new Map<Person['partner'], string>()
  const people: Person[] = []
  const answers: Answer[] = []
  /** The answers that set a second period beside the first (?compareFrom=&compareTo=). */
  const comparisons: Answer[] = []
  const refused: { query: Query; message: string }[] = []

  /** Asks for a report; a refusal (400) is kept with its message. */
  const ask = async (query: Query): Promise<CampaignReport | null> => {
    const search = new URLSearchParams(query).toString()
    const response = await fetch(`${server.url}/api/reports/campaigns/${SLUG}?${search}`, {
      headers: evaluator,
    })
    const body: unknown = await response.json()
    if (response.status === 400) {
      refused.push({ message: messageOf(body), query })
      return null
    }
    expect(response.status, search).toBe(200)
    const report = body as CampaignReport
    answers.push({ query, report })
    const { comparison } = report
    if (comparison) {
      // The second period's figures are published as much as the first's.
      const { audience, quality } = query
      comparisons.push({ query, report })
      answers.push({
        query: { comparisonOf: search, from: comparison.from, quality, to: comparison.to },
        report: {
          ...report,
          audiences: comparison.audiences,
          comparison: undefined,
          filters: { ...(audience ? { audience } : {}), from: comparison.from, to: comparison.to },
          total: comparison.total,
        },
      })
    }
    return report
  }

  let clock = 0
  const add = (
    n: number,
    shape: Omit<Person, 'day' | 'held' | 'id' | 'phases'> & {
      days: string[]
      held?: boolean
      phases: Partial<Record<Phase, number>>
    },
  ) => {
    for (let index = 0; index < n; index += 1) {
      people.push({
        audience: shape.audience,
        channel: shape.channel,
        day: shape.days[index % shape.days.length],
        held: shape.held ?? false,
        id: `d-${randomUUID()}`,
        locale: shape.locale,
        partner: shape.partner,
        phases: shape.phases,
      })
    }
  }

  const eventsOf = (person: Person): WireEvent[] => {
    clock += 1
    const at = (minutes: number) =>
      new Date(
        Date.parse(`${person.day}T06:00:00Z`) + (clock * 20 + minutes) * 60_000,
      ).toISOString()
    const base = {
      audience: person.audience,
      campaign: SLUG,
      channel: person.channel,
      locale: person.locale,
      respondent: person.id,
    }
    const checks = (['pre', 'post', 'followup'] as const).flatMap((phase, index) => {
      const right = person.phases[phase]
      if (right === undefined) return []
      return [
        anEvent({
          ...base,
          assessment: {
            answers: answersFor(check, new Set(check.items.slice(0, right).map((i) => i.key))),
            assessment: check.slug,
            phase,
            revision: check.revision,
          },
          occurredAt: at(1 + index * 6),
          type: 'assessment',
        }),
      ]
    })
    return person.held ? checks : [anEvent({ ...base, occurredAt: at(0) }), ...checks]
  }

  beforeAll(async () => {
    server = await startTestServer()
    const { payload } = server
    const ids = await importBundledCampaigns(payload)
    check = await knowledgeCheckOf(payload, 'peru-loreto-child-protection')
    const audiences = AUDIENCES.map((slug) => ids.audiences[slug] as number)
    await payload.create({
      collection: 'campaigns',
      data: {
        _status: 'published',
        audiences,
        knowledgeCheck: check.documentId,
        period: { start: '2026-01-01' },
        slug: SLUG,
        title: 'Differencing',
      },
      overrideAccess: true,
    })
    evaluator = (await signInAs(payload, server.url, 'evaluator')).headers
    const main = await createPartner(payload, { allowedAudiences: audiences })
    const small = await createPartner(payload, {
      allowedAudiences: audiences,
      organisation: 'Small',
    })
    partners.set('main', String(main.id)).set('small', String(small.id))

    const daysOf = (week: string, count: number) =>
      Array.from({ length: count }, (_, day) => addDays(week, day))
    // Tourists. 12 on the web in Spanish last week, three of whom come back for a follow-up;
    // 8 by poster in French the week before, and 2 by poster in Spanish (poster minus French, or
    // Spanish minus the web, would give those two); 3 through a small partner; one by poster,
    // alone in week C (moving `from` by a day would single them out); two checks held for review.
    add(9, {
      audience: 'tourists',
      channel: 'web',
      days: daysOf(weekA, 5),
      locale: 'es',
      partner: 'main',
      phases: { post: 6, pre: 2 },
    })
    add(3, {
      audience: 'tourists',
      channel: 'web',
      days: [addDays(weekA, 2)],
      locale: 'es',
      partner: 'main',
      phases: { followup: 5, post: 6, pre: 2 },
    })
    add(8, {
      audience: 'tourists',
      channel: 'poster-qr',
      days: daysOf(weekB, 3),
      locale: 'fr',
      partner: 'main',
      phases: { post: 5, pre: 1 },
    })
    add(2, {
      audience: 'tourists',
      channel: 'poster-qr',
      days: [addDays(weekB, 4)],
      locale: 'es',
      partner: 'main',
      phases: { post: 7, pre: 0 },
    })
    add(3, {
      audience: 'tourists',
      channel: 'web',
      days: [addDays(weekA, 1)],
      locale: 'es',
      partner: 'small',
      phases: { post: 3, pre: 3 },
    })
    add(1, {
      audience: 'tourists',
      channel: 'poster-qr',
      days: [addDays(weekC, 3)],
      locale: 'es',
      partner: 'main',
      phases: { post: 8, pre: 4 },
    })
    add(2, {
      audience: 'tourists',
      channel: 'web',
      days: ['2025-12-20'],
      held: true,
      locale: 'es',
      partner: 'main',
      phases: { pre: 0 },
    })
    // Students: 10 last week, 6 the week before, all in classrooms in English.
    add(10, {
      audience: 'hospitality-students',
      channel: 'classroom',
      days: daysOf(weekA, 2),
      locale: 'en',
      partner: 'main',
      phases: { post: 6, pre: 3 },
    })
    add(6, {
      audience: 'hospitality-students',
      channel: 'classroom',
      days: [addDays(weekB, 1)],
      locale: 'en',
      partner: 'main',
      phases: { post: 4, pre: 2 },
    })
    // Migrant workers: 3, under k.
    add(3, {
      audience: 'migrant-workers',
      channel: 'seminar',
      days: [addDays(weekA, 3)],
      locale: 'tl',
      partner: 'main',
      phases: { post: 5, pre: 1 },
    })

    for (const name of ['main', 'small'] as const) {
      const partner = name === 'main' ? main : small
      const events = people.filter((person) => person.partner === name).flatMap(eventsOf)
      for (let start = 0; start < events.length; start += 100) {
        const result = await sendBatch(
          server.url,
          partner.headers,
          events.slice(start, start + 100),
        )
        expect(result.rejected).toEqual([])
      }
    }

    // Every report the API allows, and combinations it may refuse.
    const views: Query[] = [
      {},
      ...['web', 'poster-qr', 'classroom', 'seminar'].map((channel) => ({ channel })),
      ...['es', 'fr', 'en', 'tl'].map((locale) => ({ locale })),
      ...[...partners.values()].map((partner) => ({ partner })),
    ]
    const days = Array.from({ length: 25 }, (_, index) => addDays(weekC, index - 2))
    const periods: Query[] = [
      ...days.map((from) => ({ from })),
      ...days.map((to) => ({ to })),
      ...days.map((from) => ({ from, to: addDays(from, 6) })),
      { from: '2025-12-01', to: '2025-12-31' },
    ]
    const combined: Query[] = [
      { channel: 'poster-qr', locale: 'es' },
      { channel: 'web', partner: partners.get('main')! },
      { from: weekA, locale: 'es' },
      { channel: 'web', from: weekB, to: addDays(weekB, 6) },
    ]
    for (const quality of ['default', 'all']) {
      for (const view of [...views, ...periods, ...combined]) {
        await ask({ ...view, quality })
        await ask({ ...view, audience: 'tourists', quality })
      }
      for (const view of views) {
        for (const audience of AUDIENCES.slice(1)) await ask({ ...view, audience, quality })
        for (const k of [String(K + 1), '8']) await ask({ ...view, k, quality })
      }
    }
    // The report over time, by day and by week, under one value of every dimension, the
    // periods, both qualities and the audience filter.
    const seriesViews: Query[] = [
      {},
      { channel: 'web' },
      { locale: 'es' },
      { partner: partners.get('small')! },
      { from: weekB },
      { to: addDays(weekB, 6) },
    ]
    for (const quality of ['default', 'all']) {
      for (const interval of ['day', 'week']) {
        for (const view of seriesViews) await ask({ ...view, interval, quality })
        await ask({ audience: 'tourists', interval, quality })
        await ask({ audience: 'tourists', from: weekB, interval, quality })
      }
    }
    // Two periods side by side: every pair of the weeks, and of the first fortnight, that share
    // no week, with and without the audience filter (no held check falls in these weeks).
    const windows = (
      [
        [weekC, 1],
        [weekB, 1],
        [weekA, 1],
        [weekC, 2],
      ] as const
    ).map(([from, weeks]) => ({ from, to: addDays(from, 7 * weeks - 1) }))
    for (const audience of [{}, { audience: 'tourists' }] as Query[]) {
      for (const period of windows) {
        for (const other of windows) {
          if (other.from <= period.to && period.from <= other.to) continue
          await ask({
            ...audience,
            compareFrom: other.from,
            compareTo: other.to,
            ...period,
            quality: 'default',
          })
        }
      }
    }
    await ask({ k: String(K - 1) })
  }, 600_000)
  afterAll(async () => {
    await server?.close()
  })

  /** The respondents a shown block of a row stands for, from how the data were made. */
  const groupOf = (answer: Answer, row: AudienceReport, block: BlockName): Person[] =>
    groupIn(answer, row.audience ?? answer.report.filters.audience, block)

  const groupIn = (answer: Answer, audience: string | undefined, block: BlockName): Person[] => {
    const { filters } = answer.report
    const all = answer.report.quality === 'all'
    return people.filter(
      (person) =>
        inBlock(person, block, all) &&
        (audience === undefined || person.audience === audience) &&
        (filters.channel === undefined || person.channel === filters.channel) &&
        (filters.locale === undefined || person.locale === filters.locale) &&
        (filters.partner === undefined || partners.get(person.partner) === filters.partner) &&
        (filters.from === undefined || person.day >= filters.from) &&
        (filters.to === undefined || person.day <= filters.to),
    )
  }

  const rowsOf = (report: CampaignReport) => [...report.audiences, report.total]

  /** The days a series point covers: its day, or its ISO week. */
  const daysOfPoint = (answer: Answer, point: SeriesPoint) => ({
    first: point.start,
    last: answer.report.interval === 'week' ? addDays(point.start, 6) : point.start,
  })

  /**
   * The groups the shown points of a report's series publish: reach (the respondents block) and
   * the checks completed, counted here as if each phase were published on its own (stricter than
   * their sum, which is what the point shows).
   */
  const seriesGroups = (answer: Answer) =>
    (answer.report.series ?? []).flatMap((point) => {
      if (point.suppressed) return []
      const { first, last } = daysOfPoint(answer, point)
      return blockNames
        .filter((block) => block !== 'paired' && block !== 'retention')
        .map((block) => ({
          block,
          label: `${JSON.stringify(answer.query)} series ${point.start}`,
          people: groupIn(answer, answer.report.filters.audience, block).filter(
            (person) => person.day >= first && person.day <= last,
          ),
          point,
        }))
    })

  /**
   * What a comparison's changes publish: a reach change shown is the period's reach minus the
   * comparison's, so with either it gives the other; counted here as publishing both groups.
   */
  const changeGroups = (answer: Answer, block: BlockName): Person[][] => {
    const { comparison, filters } = answer.report
    if (!comparison || block !== 'respondents') return []
    const other: Answer = {
      query: answer.query,
      report: {
        ...answer.report,
        filters: { ...filters, from: comparison.from, to: comparison.to },
      },
    }
    return comparison.rows.flatMap((row) => {
      if (typeof row.measures.reached.change !== 'number') return []
      const audience = row.audience ?? filters.audience
      return [groupIn(answer, audience, block), groupIn(other, audience, block)]
    })
  }

  it('sets a second period beside the first only as that period’s own report shows it, changes only between shown figures', () => {
    expect(comparisons).toHaveLength(2 * 8)
    /** The report asked for on a period alone, with the same audience and quality. */
    const own = (from: string, to: string, query: Query) =>
      answers.find(
        ({ query: asked }) =>
          asked.comparisonOf === undefined &&
          asked.compareFrom === undefined &&
          asked.from === from &&
          asked.to === to &&
          asked.audience === query.audience &&
          asked.quality === query.quality &&
          Object.keys(asked).length === (query.audience ? 4 : 3),
      )?.report
    let checked = 0
    let shown = 0
    for (const { query, report } of comparisons) {
      const comparison = report.comparison!
      const alone = own(comparison.from, comparison.to, query)
      if (alone) {
        checked += 1
        expect(comparison.total.suppressed, JSON.stringify(query)).toBe(alone.total.suppressed)
        if (!comparison.total.suppressed && !alone.total.suppressed) {
          expect(comparison.total.reach.reached).toBe(alone.total.reach.reached)
        }
      }
      for (const row of comparison.rows) {
        for (const [measure, figures] of Object.entries(row.measures)) {
          const sides = [figures.period, figures.comparison]
          const hidden = sides.some((side) => typeof side === 'object' && side !== null)
          if (hidden)
            expect(figures.change, `${JSON.stringify(query)} ${measure}`).toEqual({
              suppressed: true,
            })
          else if (typeof figures.change === 'number') shown += 1
        }
      }
    }
    // Last week's 15 tourists beside the fortnight before it (11: weeks C and B, one atom).
    const lastWeek = comparisons.find(
      ({ query }) =>
        query.from === weekA &&
        query.compareFrom === weekC &&
        query.compareTo === addDays(weekB, 6) &&
        query.audience === 'tourists' &&
        query.quality === 'default',
    )!.report.comparison!
    expect(lastWeek.rows.at(-1)!.measures.reached).toEqual({
      change: 4,
      comparison: 11,
      period: 15,
    })
    expect(shown).toBeGreaterThan(0)
    // Each single week was also asked alone (the week windows above).
    expect(checked).toBeGreaterThanOrEqual(2 * 7)
  })

  it('refuses a k below the deployment’s and two breakdowns at once, and lets k rise', () => {
    const low = refused.find(({ query }) => query.k === String(K - 1))
    expect(low?.message).toMatch(`"k" must be a whole number of at least ${K}`)
    const combinations = refused.filter(
      ({ query }) =>
        [query.channel, query.locale, query.partner, query.from ?? query.to].filter(Boolean)
          .length > 1,
    )
    expect(combinations).toHaveLength(2 * 2 * 4)
    expect(combinations[0].message).toMatch('one of channel, locale, partner or a period at a time')
    const raised = answers.find(({ query }) => query.k === '8' && Object.keys(query).length === 2)
    expect(raised?.report.k).toBe(8)
  })

  it('snaps periods to whole ISO weeks: moving `from` by a day within a week changes nothing', () => {
    const windows = answers.filter(
      ({ query }) => query.from && !query.audience && query.quality === 'default',
    )
    for (const { query, report } of windows) {
      expect(report.filters.from, JSON.stringify(query)).toBe(mondayOf(query.from))
      if (query.to) expect(report.filters.to).toBe(addDays(mondayOf(query.to), 6))
    }
  })

  it('still shows large breakdowns: the 15 tourists on the web, the 11 by poster, last week’s', () => {
    const find = (query: Query) =>
      answers.find(
        (answer) =>
          JSON.stringify(answer.query) === JSON.stringify({ ...query, quality: 'default' }),
      )!.report
    const web = find({ channel: 'web' })
    expect(
      shownSize(
        web.audiences.find((row) => row.audience === 'tourists')!,
        'pre',
      ),
    ).toBe(15)
    expect(shownSize(web.total, 'paired')).toBe(15)
    const poster = find({ channel: 'poster-qr' })
    expect(shownSize(poster.total, 'pre')).toBe(11)
    const lastWeek = find({ from: weekA, to: addDays(weekA, 6) })
    expect(
      shownSize(
        lastWeek.audiences.find((row) => row.audience === 'tourists')!,
        'pre',
      ),
    ).toBe(15)
  })

  it('publishes figures that are what the data say, block by block', () => {
    const wrong: string[] = []
    for (const answer of answers) {
      for (const row of rowsOf(answer.report)) {
        for (const block of blockNames) {
          const size = shownSize(row, block)
          if (size === undefined) continue
          const truth = groupOf(answer, row, block).length
          if (size !== truth) {
            wrong.push(
              `${JSON.stringify(answer.query)} ${row.audience ?? 'total'} ${block}: ${size}, made ${truth}`,
            )
          }
        }
      }
    }
    for (const answer of answers) {
      for (const group of seriesGroups(answer)) {
        if (group.point.suppressed || group.block !== 'respondents') continue
        const truth = group.people.length
        if (group.point.reached !== truth || group.point.impressions !== truth) {
          wrong.push(`${group.label}: reached ${group.point.reached}, made ${truth}`)
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('recovers no group of 1 to k − 1 respondents from any combination of all the reports', () => {
    const offenders: string[] = []
    const classKey = (person: Person) => JSON.stringify({ ...person, id: undefined })
    for (const block of blockNames) {
      // Classes of respondents no report can tell apart.
      const classes = new Map<string, Person[]>()
      for (const person of people) {
        if (!inBlock(person, block, true)) continue
        const key = classKey(person)
        classes.set(key, [...(classes.get(key) ?? []), person])
      }
      const keys = [...classes.keys()]
      const column = new Map(keys.map((key, index) => [key, index]))
      // Every group published for this block, as a vector over classes.
      const basis: Float64Array[] = []
      const pivots: number[] = []
      const reduce = (vector: Float64Array) => {
        for (const [index, row] of basis.entries()) {
          const factor = vector[pivots[index]]
          if (Math.abs(factor) > 1e-9)
            for (let c = 0; c < vector.length; c += 1) vector[c] -= factor * row[c]
        }
        return vector
      }
      const published = answers.flatMap((answer) => [
        ...rowsOf(answer.report)
          .filter((row) => shownSize(row, block) !== undefined)
          .map((row) => groupOf(answer, row, block)),
        ...seriesGroups(answer)
          .filter((group) => group.block === block)
          .map((group) => group.people),
        ...changeGroups(answer, block),
      ])
      for (const group of published) {
        {
          const vector = new Float64Array(keys.length)
          for (const person of group) vector[column.get(classKey(person))!] = 1
          reduce(vector)
          const pivot = vector.findIndex((value) => Math.abs(value) > 1e-9)
          if (pivot < 0) continue
          const scale = vector[pivot]
          for (let c = 0; c < vector.length; c += 1) vector[c] /= scale
          for (const [index, other] of basis.entries()) {
            const factor = other[pivot]
            if (Math.abs(factor) > 1e-9)
              for (let c = 0; c < vector.length; c += 1) basis[index][c] -= factor * vector[c]
          }
          basis.push(vector)
          pivots.push(pivot)
        }
      }
      // Every union of classes holding 1 to k − 1 respondents, tried against that span.
      const small = keys.filter((key) => classes.get(key)!.length < K)
      const tryFrom = (start: number, chosen: string[], size: number) => {
        for (let index = start; index < small.length; index += 1) {
          const next = size + classes.get(small[index])!.length
          if (next >= K) continue
          const group = [...chosen, small[index]]
          const vector = new Float64Array(keys.length)
          for (const key of group) vector[column.get(key)!] = 1
          if (reduce(vector).every((value) => Math.abs(value) < 1e-9)) {
            const described = group.map((key) => {
              const { audience, channel, day, held, locale, partner } = classes.get(key)![0]
              return `${classes.get(key)!.length} ${audience}/${channel}/${locale}/${partner}/${day}${held ? '/held' : ''}`
            })
            offenders.push(`${block}: ${described.join(' + ')}`)
          }
          tryFrom(index + 1, group, next)
        }
      }
      tryFrom(0, [], 0)
    }
    expect(offenders).toEqual([])
  })

  it('gives no hidden phase away through the checks completed, nor a hidden count through total minus rows', () => {
    const offenders: string[] = []
    for (const answer of answers) {
      for (const row of rowsOf(answer.report)) {
        if (row.suppressed || row.reach.assessmentsCompleted === null) continue
        for (const phase of ['pre', 'post', 'followup'] as const) {
          const hidden = shownSize(row, phase) === undefined
          const truth = groupOf(answer, row, phase).length
          if (hidden && truth > 0 && truth < K) {
            offenders.push(
              `${JSON.stringify(answer.query)} ${row.audience ?? 'total'}: completed gives ${phase} = ${truth}`,
            )
          }
        }
      }
      const { audiences, total } = answer.report
      for (const name of [
        'approved',
        'excluded',
        'flagged',
        'included',
        'received',
        'retakes',
      ] as const) {
        const whole = total.quality[name]
        if (whole === null || audiences.every((row) => row.quality[name] !== null)) continue
        const rest = whole - audiences.reduce((sum, row) => sum + (row.quality[name] ?? 0), 0)
        if (rest > 0 && rest < K)
          offenders.push(`${JSON.stringify(answer.query)} total − rows: ${name} = ${rest}`)
      }
    }
    expect(offenders).toEqual([])
  })
})
