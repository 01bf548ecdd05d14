import { describe, expect, it } from 'vitest'

import { readCliOptions } from '../../../src/tools/population/cliOptions'
import { batchesOf } from '../../../src/tools/population/sendPopulation'
import { simulatePopulation } from '../../../src/tools/population/simulatePopulation'
import { bundledCampaignModels } from './bundledModels'

describe('the seed:evaluation command line', () => {
  it('has defaults that reach npm start on this machine', () => {
    const options = readCliOptions([])
    expect(options).toMatchObject({
      batchSize: 250,
      concurrency: 2,
      keys: [],
      respondents: 2000,
      resends: true,
      seed: '1',
      url: 'http://localhost:3000',
    })
    if (options === 'help') throw new Error('not help')
    expect(options.now.toISOString()).toMatch(/T00:00:00\.000Z$/)
  })

  it('reads every option, several keys included', () => {
    expect(
      readCliOptions([
        '--url=http://aware.example.org/',
        '--respondents=50',
        '--seed=abc',
        '--key=k1',
        '--key=k2',
        '--now=2026-05-01',
        '--batch=100',
        '--concurrency=4',
        '--no-resends',
      ]),
    ).toEqual({
      batchSize: 100,
      concurrency: 4,
      keys: ['k1', 'k2'],
      now: new Date('2026-05-01T00:00:00.000Z'),
      respondents: 50,
      resends: false,
      seed: 'abc',
      url: 'http://aware.example.org',
    })
  })

  it('names the option that is wrong', () => {
    expect(() => readCliOptions(['--respondents=0'])).toThrow(
      /--respondents must be a whole number/,
    )
    expect(() => readCliOptions(['--batch=501'])).toThrow(
      /--batch must be a whole number from 1 to 500/,
    )
    expect(() => readCliOptions(['--now=yesterday'])).toThrow(/--now must be an ISO date/)
    expect(() => readCliOptions(['--url=nowhere'])).toThrow(/--url must be a URL/)
    expect(() => readCliOptions(['--colour'])).toThrow(/Unknown option '--colour'/)
    expect(readCliOptions(['--help'])).toBe('help')
  })
})

describe('batching the events to send', () => {
  it('keeps each audience to its own batches, in order, none larger than asked', async () => {
    const { events } = simulatePopulation({
      campaigns: await bundledCampaignModels(),
      now: new Date('2026-11-01T00:00:00Z'),
      respondents: 200,
      seed: 3,
    })
    const batches = batchesOf(events, 40)
    expect(batches.every((batch) => batch.events.length <= 40)).toBe(true)
    expect(batches.every((batch) => batch.events.every((e) => e.audience === batch.audience))).toBe(
      true,
    )
    expect(
      batches.flatMap((batch) => batch.events).sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual([...events].sort((a, b) => a.id.localeCompare(b.id)))
    for (const audience of new Set(events.map((event) => event.audience))) {
      const sent = batches.filter((b) => b.audience === audience).flatMap((b) => b.events)
      expect(sent).toEqual(events.filter((event) => event.audience === audience))
    }
  })
})
