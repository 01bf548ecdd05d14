import { randomUUID } from 'node:crypto'

import type { WireEvent } from '../../src/evaluation/events/wireEvent'
import type { KnowledgeCheck } from './evaluation'

import { answersFor } from './evaluation'

/** A small, fast, seeded generator (mulberry32), so a failing run can be replayed. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Sender = 'partner-a' | 'partner-b' | 'staff'

export type CampaignPlan = {
  audience: string
  channels: string[]
  check: KnowledgeCheck
  locales: string[]
  respondents: number
  slug: string
}

/** One simulated person and what they did, the ground truth a report is checked against. */
export type Respondent = {
  audience: string
  campaign: string
  channel: string
  consent: boolean
  cta: boolean
  engaged: boolean
  id: string
  impressions: number
  locale: string
  /** Items answered correctly in the first post (undefined: no post). */
  post?: Set<string>
  /** Items answered correctly in the first pre (undefined: no pre). */
  pre?: Set<string>
  sender: Sender
}

export type Population = {
  events: { event: WireEvent; sender: Sender }[]
  respondents: Respondent[]
}

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]

/**
 * People who see a campaign and, when they consent, engage, call the hotline, and take the
 * knowledge check before and after, knowing more afterwards. Some answer only one of the two
 * checks, some retake the pre check (only the first counts), some decline consent (impressions
 * only). Events of one person come in time order, interleaved with everyone else's.
 */
export const simulatePopulation = (
  seed: number,
  plans: CampaignPlan[],
  now = new Date(),
): Population => {
  const random = seededRandom(seed)
  const respondents: Respondent[] = []
  const perPerson: { event: WireEvent; sender: Sender }[][] = []
  let counter = 0
  for (const plan of plans) {
    for (let index = 0; index < plan.respondents; index += 1) {
      counter += 1
      const ability = random()
      const day = new Date(now.getTime() - Math.floor(random() * 10) * 86_400_000 - 3_600_000)
      const person: Respondent = {
        audience: plan.audience,
        campaign: plan.slug,
        channel: pick(random, plan.channels),
        consent: random() < 0.9,
        cta: false,
        engaged: false,
        id: `sim-${seed}-${counter}-${Math.floor(random() * 1e9).toString(36)}`,
        impressions: 1 + Math.floor(random() * 3),
        locale: pick(random, plan.locales),
        sender: pick(random, ['partner-a', 'partner-b', 'staff'] as const),
      }
      const events: { event: WireEvent; sender: Sender }[] = []
      let minute = 0
      const emit = (extra: Partial<WireEvent> & Pick<WireEvent, 'type'>) => {
        minute += 1
        events.push({
          event: {
            audience: plan.audience,
            campaign: plan.slug,
            channel: person.channel,
            consent: person.consent,
            id: randomUUID(),
            locale: person.locale,
            occurredAt: new Date(day.getTime() + minute * 60_000).toISOString(),
            respondent: person.id,
            ...extra,
          },
          sender: person.sender,
        })
      }
      const answer = (phase: 'post' | 'pre', chance: number) => {
        const right = new Set(
          plan.check.items.filter(() => random() < chance).map((item) => item.key),
        )
        emit({
          assessment: {
            answers: answersFor(plan.check, right),
            assessment: plan.check.slug,
            phase,
            revision: plan.check.revision,
          },
          type: 'assessment',
        })
        return right
      }
      for (let shown = 0; shown < person.impressions; shown += 1) emit({ type: 'impression' })
      if (person.consent) {
        const preChance = 0.25 + 0.35 * ability
        const postChance = Math.min(0.95, preChance + 0.15 + 0.3 * random())
        const takesPre = random() < 0.8
        if (takesPre) person.pre = answer('pre', preChance)
        if (takesPre && random() < 0.05) answer('pre', 0.99)
        person.engaged = random() < 0.6
        if (person.engaged) emit({ type: 'engagement' })
        if (random() < 0.1) emit({ type: 'share' })
        if (random() < (takesPre ? 0.75 : 0.4)) person.post = answer('post', postChance)
        person.cta = random() < 0.15
        if (person.cta) emit({ type: 'cta' })
      }
      respondents.push(person)
      perPerson.push(events)
    }
  }
  // Interleave people: repeatedly take the next event of a random person with events left.
  const events: Population['events'] = []
  const queues = perPerson.filter((queue) => queue.length > 0)
  while (queues.length > 0) {
    const at = Math.floor(random() * queues.length)
    events.push(queues[at].shift()!)
    if (queues[at].length === 0) queues.splice(at, 1)
  }
  return { events, respondents }
}

/** The events of one sender, in order, cut into batches. */
export const batchesOf = (population: Population, sender: Sender, size: number): WireEvent[][] => {
  const mine = population.events.filter((entry) => entry.sender === sender).map((e) => e.event)
  const batches: WireEvent[][] = []
  for (let start = 0; start < mine.length; start += size)
    batches.push(mine.slice(start, start + size))
  return batches
}
