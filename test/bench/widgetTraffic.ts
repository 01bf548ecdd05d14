import { randomUUID } from 'node:crypto'

import type { WireEvent } from '../../src/evaluation/events/wireEvent'
import type { KnowledgeCheck } from '../helpers/evaluation'

import { answersFor } from '../helpers/evaluation'
import { seededRandom } from '../helpers/population'

export type TrafficPlan = {
  audience: string
  campaign: string
  channels: string[]
  check: KnowledgeCheck
  /** Events are spread over this many days before now. */
  days: number
  /** Impressions per visitor (they also engage, and half take the pre and post checks). */
  impressionsPerVisitor: number
  locales: string[]
  seed: number
  /** Share of visitors who take both the pre and the post check. */
  testedShare: number
}

/**
 * Widget traffic: visitors who see the campaign a few times, read it, sometimes call the hotline
 * and sometimes take the pre and post checks, each with their own device id, channel and locale.
 */
export const widgetTraffic = (plan: TrafficPlan) => {
  const random = seededRandom(plan.seed)
  const now = Date.now()
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]

  const visitor = (): WireEvent[] => {
    const respondent = randomUUID()
    const channel = pick(plan.channels)
    const locale = pick(plan.locales)
    const start = now - Math.floor(random() * plan.days) * 86_400_000 - 7_200_000
    let minute = 0
    const event = (extra: Partial<WireEvent> & Pick<WireEvent, 'type'>): WireEvent => ({
      audience: plan.audience,
      campaign: plan.campaign,
      channel,
      consent: true,
      id: randomUUID(),
      locale,
      occurredAt: new Date(start + (minute += 1) * 60_000).toISOString(),
      respondent,
      ...extra,
    })
    const check = (phase: 'post' | 'pre', chance: number): WireEvent =>
      event({
        assessment: {
          answers: answersFor(
            plan.check,
            new Set(plan.check.items.filter(() => random() < chance).map((item) => item.key)),
          ),
          assessment: plan.check.slug,
          phase,
          revision: plan.check.revision,
        },
        type: 'assessment',
      })
    const events = Array.from({ length: plan.impressionsPerVisitor }, () =>
      event({ type: 'impression' }),
    )
    events.push(event({ type: random() < 0.2 ? 'cta' : 'engagement' }))
    if (random() < plan.testedShare) {
      const ability = 0.3 + 0.4 * random()
      events.push(check('pre', ability), check('post', Math.min(0.95, ability + 0.25)))
    }
    return events
  }

  let pending: WireEvent[] = []
  return {
    /** The next `size` events, visitors kept whole as far as the size allows. */
    next(size: number): WireEvent[] {
      while (pending.length < size) pending = pending.concat(visitor())
      const batch = pending.slice(0, size)
      pending = pending.slice(size)
      return batch
    },
  }
}
