import { once } from 'node:events'
import { createServer } from 'node:http'

import type { CampaignSummaryView } from '../../delivery/content/campaignView'

import { isQuestionMode } from '../../delivery/widget/runtime/questionMode'
import { partnerPage } from './partnerPage'

export type DemoPartnerOptions = {
  awareUrl: string
  host?: string
  /** The key the page embeds. */
  publishableKey: string
  /** The key the partner's own server lists its campaigns with. */
  secretKey: string
  port: number
}

export type RunningDemoPartner = { close: () => Promise<void>; url: string }

type Grant = { audiences: string[] }

/**
 * The partner's audiences, read the way a partner's own server would: from the delivery API, with
 * its secret key (a server never uses the publishable key, which works only from its pages).
 */
const listCampaigns = async (options: DemoPartnerOptions, audience: string, locale: string) => {
  const query = new URLSearchParams({ locale, ...(audience ? { audience } : {}) })
  const response = await fetch(`${options.awareUrl}/api/delivery/campaigns?${query}`, {
    headers: { Authorization: `partners API-Key ${options.secretKey}` },
  })
  if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`)
  return (await response.json()) as Grant & { campaigns: CampaignSummaryView[] }
}

/** Serves the demo partner page on its own port, so the widget runs cross-origin for real. */
export const startDemoPartner = async (
  options: DemoPartnerOptions,
): Promise<RunningDemoPartner> => {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid')
    if (url.pathname !== '/') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
      return
    }
    try {
      const all = await listCampaigns(options, '', 'en')
      const audience = url.searchParams.get('audience') || all.audiences[0] || ''
      const locale = url.searchParams.get('locale') || 'en'
      const { campaigns } = await listCampaigns(options, audience, locale)
      const questions = url.searchParams.get('questions')
      const wanted = url.searchParams.get('campaign')
      const campaign = campaigns.find((candidate) => candidate.slug === wanted) ?? campaigns[0]
      const html = partnerPage({
        audience,
        audiences: all.audiences,
        awareUrl: options.awareUrl,
        campaign: campaign?.slug ?? null,
        campaigns,
        locale,
        partnerKey: options.publishableKey,
        questions: isQuestionMode(questions) ? questions : null,
      })
      res.writeHead(200, {
        'Cache-Control': 'no-store',
        'Content-Type': 'text/html; charset=utf-8',
      })
      res.end(html)
    } catch (error) {
      res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end(`Aware did not answer as expected: ${(error as Error).message}`)
    }
  })
  server.listen(options.port, options.host)
  await once(server, 'listening')
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
    url: `http://${options.host ?? 'localhost'}:${port}`,
  }
}
