import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { MAX_GRAPHQL_SELECTIONS } from '../../../src/server/graphqlLimits'
import { MAX_API_BODY_BYTES } from '../../../src/server/routes/payloadApi'
import { MAX_BATCH_BYTES, MAX_EVENTS_PER_BATCH } from '../../../src/evaluation/events/wireEvent'
import { createPartner } from '../../helpers/accounts'
import { importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { anEvent } from '../../helpers/evaluation'

/**
 * The longest the server's event loop may stand still for one request: every other caller
 * waits that long. A fraction of a second, with room for a machine shared with other tests.
 */
const MAX_STALL_MS = 300

/**
 * The longest time the event loop went without running its timers, counted only as far as the
 * process used the CPU meanwhile: a loop held by JavaScript uses it all, a process merely waiting
 * for a core on a machine busy with other tests uses none, so that wait does not count.
 */
const busyLoopMeter = () => {
  let worst = 0
  let last = performance.now()
  let lastCpu = process.cpuUsage()
  const timer = setInterval(() => {
    const now = performance.now()
    const cpu = process.cpuUsage(lastCpu)
    worst = Math.max(worst, Math.min(now - last, (cpu.user + cpu.system) / 1000))
    last = now
    lastCpu = process.cpuUsage()
  }, 5)
  return {
    stop: () => clearInterval(timer),
    /** The worst stall since the last call, once a tick after the request has run. */
    take: async () => {
      await new Promise((resolve) => setTimeout(resolve, 30))
      const taken = worst
      worst = 0
      return taken
    },
  }
}

type Probe = { body?: string; headers?: Headers; method?: string; name: string; path: string }

const json = { 'Content-Type': 'application/json' }

/** Fills `template`'s `FILL` with as many copies of `item` as keep it under `bytes`. */
const fillTo = (bytes: number, template: string, item: string, separator = ',') => {
  const room = bytes - Buffer.byteLength(template) - 1024
  const count = Math.floor(room / (Buffer.byteLength(item) + separator.length))
  return template.replace('FILL', Array.from({ length: count }, () => item).join(separator))
}

const graphql = (name: string, query: string, variables?: unknown, headers: Headers = {}) => ({
  body: JSON.stringify({ query, variables }),
  headers: { ...headers, ...json },
  method: 'POST',
  name,
  path: '/api/graphql',
})

/**
 * The worst single requests a stranger (or anyone holding a partner key, which a web page
 * shows) can send, each at the largest size Aware accepts.
 */
const worstRequests = (partner: Headers): Probe[] => {
  const campaignsWhereOr = fillTo(
    MAX_API_BODY_BYTES,
    '{"query":"query ($w: Campaign_where) { Campaigns(where: $w, limit: 100) { totalDocs } }","variables":{"w":{"OR":[FILL]}}}',
    '{"title":{"like":"traffick"}}',
  )
  const overriddenOr = fillTo(MAX_API_BODY_BYTES, 'FILL', 'where[or][][title][like]=traffick', '&')
  const overriddenIn = `where[id][in]=${fillTo(MAX_API_BODY_BYTES, 'FILL', '1')}`
  const inlineOr = `{ Campaigns(where: { OR: [${'{ title: { like: "x" } } '.repeat(380)}] }) { totalDocs } }`
  const variablesOr = Array.from({ length: 1200 }, () => ({ title: { like: 'traffick' } }))
  const restOr = Array.from(
    { length: 250 },
    (_, index) => `where[or][${index}][title][like]=x${index}`,
  ).join('&')
  const doubling = (levels: number) =>
    `query { ...F0 } ${Array.from({ length: levels }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`).join(' ')} fragment F${levels} on Query { __typename }`
  return [
    // The first GraphQL request of the process: Payload builds its schema then, unless at start.
    graphql('the first GraphQL request', '{ __typename }'),
    graphql(
      `${MAX_GRAPHQL_SELECTIONS} aliased __typename`,
      `{ ${Array.from({ length: MAX_GRAPHQL_SELECTIONS }, (_, index) => `a${index}: __typename`).join(' ')} }`,
    ),
    graphql(
      '160 overlapping aliased lists (pairwise merge check)',
      `{ ${'c: Campaigns { docs { id } } '.repeat(160)} }`,
      undefined,
      partner,
    ),
    graphql('fragments doubling 18 times', doubling(18)),
    graphql(
      `${MAX_GRAPHQL_SELECTIONS - 2} fields on every campaign`,
      `{ Campaigns(limit: 100) { docs { ${Array.from({ length: MAX_GRAPHQL_SELECTIONS - 2 }, (_, index) => `t${index}: title`).join(' ')} } } }`,
      undefined,
      partner,
    ),
    {
      body: campaignsWhereOr,
      headers: { ...partner, ...json },
      method: 'POST',
      name: `a GraphQL where with thousands of OR branches (${MAX_API_BODY_BYTES} bytes)`,
      path: '/api/graphql',
    },
    graphql('an inline where with 380 OR branches', inlineOr, undefined, partner),
    graphql(
      'a where of 1,200 OR branches in variables',
      'query ($w: Campaign_where) { Campaigns(where: $w) { totalDocs } }',
      { w: { OR: variablesOr } },
      partner,
    ),
    {
      body: overriddenOr,
      headers: {
        ...partner,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-HTTP-Method-Override': 'GET',
      },
      method: 'POST',
      name: `a REST where of thousands of OR branches as a GET in a POST body`,
      path: '/api/campaigns',
    },
    {
      body: overriddenIn,
      headers: {
        ...partner,
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-HTTP-Method-Override': 'GET',
      },
      method: 'POST',
      name: `a REST "in" list filling the body limit`,
      path: '/api/campaigns',
    },
    {
      headers: partner,
      name: 'a REST where with 250 OR branches at depth 10',
      path: `/api/campaigns?depth=10&limit=100000&${restOr}`,
    },
    {
      body: JSON.stringify({
        email: `${'x'.repeat(MAX_API_BODY_BYTES / 2 - 200)}@example.org`,
        password: 'y'.repeat(MAX_API_BODY_BYTES / 2 - 200),
      }),
      headers: json,
      method: 'POST',
      name: 'a login at the body limit',
      path: '/api/users/login',
    },
    {
      body: JSON.stringify({
        events: Array.from({ length: MAX_EVENTS_PER_BATCH }, () =>
          anEvent({
            respondent: `r-${'z'.repeat(Math.floor(MAX_BATCH_BYTES / MAX_EVENTS_PER_BATCH) - 400)}`,
          }),
        ),
      }),
      headers: { ...partner, ...json },
      method: 'POST',
      name: 'an event batch at the body limit',
      path: '/api/events',
    },
  ]
}

describe('one request cannot hold the event loop', () => {
  let server: RunningServer
  let partner: Headers

  beforeAll(async () => {
    const { startTestServer } = await import('../../helpers/testServer')
    server = await startTestServer()
    await importBundledCampaigns(server.payload)
    const audiences = await server.payload.find({ collection: 'audiences', limit: 100 })
    partner = (
      await createPartner(server.payload, {
        allowedAudiences: audiences.docs.map((audience) => audience.id),
      })
    ).headers
  })
  afterAll(async () => {
    await server?.close()
  })

  it(`stalls the server less than ${MAX_STALL_MS} ms for any single request`, async () => {
    const probes = worstRequests(partner)
    const meter = busyLoopMeter()
    const figures: { ms: number; name: string; status: number }[] = []
    for (const { body, headers, method = 'GET', name, path } of probes) {
      await meter.take()
      const response = await fetch(`${server.url}${path}`, { body, headers, method })
      await response.arrayBuffer()
      figures.push({ ms: Math.round(await meter.take()), name, status: response.status })
    }
    meter.stop()
    console.log(figures.map(({ ms, name, status }) => `${ms} ms  ${status}  ${name}`).join('\n'))
    expect(figures.filter(({ status }) => status >= 500)).toEqual([])
    expect(figures.filter(({ ms }) => ms >= MAX_STALL_MS)).toEqual([])
  })
})
