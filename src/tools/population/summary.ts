import type { AudienceTally } from './sendPopulation'
import type { SimulatedPopulation } from './types'

const pad = (value: number | string, width: number) => String(value).padStart(width)

/** What was simulated and what the server made of it, audience by audience. */
export const summaryLines = (
  population: SimulatedPopulation,
  tallies: ReadonlyMap<string, AudienceTally>,
  seconds: number,
): string[] => {
  const audiences = [...new Set(population.respondents.map((r) => r.audience))].sort()
  const lines = [
    `${'audience'.padEnd(22)}${pad('people', 8)}${pad('paired', 8)}${pad('sent', 8)}${pad('accepted', 10)}${pad('dupl.', 8)}${pad('rejected', 10)}`,
  ]
  let accepted = 0
  let sent = 0
  for (const audience of audiences) {
    const people = population.respondents.filter((r) => r.audience === audience)
    const paired = people.filter((r) => r.scores.pre !== undefined && r.scores.post !== undefined)
    const tally = tallies.get(audience)
    accepted += tally?.accepted ?? 0
    sent += tally?.sent ?? 0
    lines.push(
      `${audience.padEnd(22)}${pad(people.length, 8)}${pad(paired.length, 8)}${pad(tally?.sent ?? 0, 8)}` +
        `${pad(tally?.accepted ?? 0, 10)}${pad(tally?.duplicates ?? 0, 8)}${pad(tally?.rejected ?? 0, 10)}`,
    )
    for (const reason of tally?.reasons ?? []) lines.push(`    rejected: ${reason}`)
  }
  lines.push(
    `${sent} events sent in ${seconds.toFixed(1)} s (${Math.round(sent / Math.max(seconds, 0.001))}/s), ` +
      `${accepted} new; ${population.resends.length} were deliberate resends, counted as duplicates.`,
  )
  for (const { campaign, reason } of population.skipped) {
    lines.push(`skipped ${campaign}: ${reason}`)
  }
  return lines
}
