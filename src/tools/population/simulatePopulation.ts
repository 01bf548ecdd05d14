import type { WireEvent } from '../../evaluation/events/wireEvent'
import type { SimulatedPopulation, SimulationOptions } from './types'

import { allocate } from './allocate'
import { planUnits } from './planUnits'
import { createRandom } from './random'
import { simulateRespondent } from './simulateRespondent'

const DEFAULT_RESEND_SHARE = 0.03

/**
 * A population of respondents of every audience of the given campaigns, and the events their
 * devices would send. Pure: the same options (seed included) give the same events, ids included,
 * so sending a population twice counts nothing twice. Tests, the benchmark and
 * `npm run seed:evaluation` share it.
 */
export const simulatePopulation = (options: SimulationOptions): SimulatedPopulation => {
  const random = createRandom(options.seed)
  const { skipped, units } = planUnits(options)
  const counts = allocate(
    options.respondents,
    units.map((unit) => unit.weight),
  )
  const now = options.now.getTime()

  const respondents: SimulatedPopulation['respondents'] = []
  const timed: { at: number; event: WireEvent; order: number }[] = []
  units.forEach((unit, index) => {
    for (let n = 0; n < counts[index]; n += 1) {
      const simulated = simulateRespondent(random, unit, now)
      respondents.push(simulated.respondent)
      for (const event of simulated.events) {
        timed.push({ at: Date.parse(event.occurredAt), event, order: timed.length })
      }
    }
  })
  const events = timed.sort((a, b) => a.at - b.at || a.order - b.order).map(({ event }) => event)
  const resendShare = options.resendShare ?? DEFAULT_RESEND_SHARE
  const resends = events.filter(() => random.chance(resendShare)).map((event) => ({ ...event }))

  return {
    calibrations: units.flatMap((unit) =>
      unit.calibration
        ? [
            {
              audience: unit.audience,
              campaign: unit.campaign.slug,
              expectedPost: unit.calibration.expectedPost,
              expectedPre: unit.calibration.expectedPre,
              gain: unit.behaviour.gain,
              shift: unit.calibration.shift,
            },
          ]
        : [],
    ),
    events,
    resends,
    respondents,
    skipped,
  }
}
