/**
 * npm run seed:evaluation — simulates a population of respondents and posts it to a running
 * server (npm start) through the HTTP API, so the reports have something to show.
 */

import type { GeneratorOptions } from './cliOptions'
import type { Targets } from './localTargets'

import { useLocalSecretUnlessSet } from '../../localSecret'
import { readCliOptions, usage } from './cliOptions'
import { remoteTargets } from './remoteTargets'
import { sendPopulation } from './sendPopulation'
import { simulatePopulation } from './simulatePopulation'
import { summaryLines } from './summary'

const assertServerUp = async (url: string) => {
  const response = await fetch(`${url}/healthz`).catch(() => null)
  if (!response?.ok) {
    throw new Error(`No Aware server answers at ${url} (start one with npm start, or pass --url).`)
  }
}

const targetsFor = async (options: GeneratorOptions): Promise<Targets> => {
  if (options.keys.length > 0) return remoteTargets(options.url, options.keys)
  useLocalSecretUnlessSet() // local mode writes partner keys: sign them as the server does
  const { localTargets } = await import('./localTargets')
  return localTargets()
}

const run = async (options: GeneratorOptions) => {
  await assertServerUp(options.url)
  const targets = await targetsFor(options)
  if (targets.campaigns.length === 0) {
    throw new Error(
      'No published campaign to simulate. The example campaigns stay drafts until their ' +
        'placeholders and hotlines are checked (README, "The example campaigns are drafts"): ' +
        'publish one in the admin, or import verified packs with npm run campaigns:import -- --publish.',
    )
  }
  const population = simulatePopulation({
    campaigns: targets.campaigns,
    now: options.now,
    resendShare: options.resends ? undefined : 0,
    respondents: options.respondents,
    seed: options.seed,
  })
  console.log(
    `Simulated ${population.respondents.length} respondents of ${targets.campaigns.length} ` +
      `campaigns (seed ${options.seed}): ${population.events.length} events, ` +
      `${population.resends.length} resends. Posting to ${options.url}…`,
  )
  const started = performance.now()
  let reported = 0
  const tallies = await sendPopulation([...population.events, ...population.resends], {
    batchSize: options.batchSize,
    concurrency: options.concurrency,
    keys: targets.keys,
    onProgress: (done, total) => {
      if (done - reported >= total / 10 || done === total) {
        reported = done
        const rate = Math.round(done / ((performance.now() - started) / 1000))
        console.log(`  ${done}/${total} events (${rate}/s)`)
      }
    },
    url: options.url,
  })
  for (const line of summaryLines(population, tallies, (performance.now() - started) / 1000)) {
    console.log(line)
  }
  console.log(`Reports: ${options.url}/admin/reports`)
  const rejected = [...tallies.values()].reduce((sum, tally) => sum + tally.rejected, 0)
  return rejected === 0 ? 0 : 1
}

try {
  const options = readCliOptions(process.argv.slice(2))
  if (options === 'help') {
    console.log(usage)
  } else {
    process.exitCode = await run(options)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
