/**
 * Widget bench: how long a visitor on a partner page waits for the campaign's first content, and
 * how many bytes arrive before it, on slow networks. Chromium (Debian's, through playwright-core)
 * with its DevTools network presets applied through CDP (`Network.emulateNetworkConditions`), a
 * fresh context each time (cold cache), the partner page on its own origin pasting each snippet:
 * the one the admin shows (the campaign's script, /embed/{slug}.js, one request after the page)
 * and the one partners pasted before it (/embed.js, then a preflight and the delivery API).
 * Goals: first content ≤ 4.5 s under Slow 3G and ≤ 1.3 s under Fast 3G, at most 20 KB (on the
 * wire) before it.
 *
 *   npm run bench                                                              (with the others)
 *   node --conditions=production --import tsx test/bench/widgetFirstContent.ts  (alone)
 *
 * Each preset is loaded WIDGET_BENCH_LOADS times (default 3); the median load counts.
 */
import type { Browser } from 'playwright-core'

import { fileURLToPath } from 'node:url'

import { embedJsSnippet, embedSnippet } from '../../src/partners/embedSnippet'
import { launchChromium } from '../helpers/browser'
import { partnerPageHtml, startPartnerPage } from '../helpers/partnerPage'
import { freePort } from '../helpers/serverProcess'
import { CAMPAIGN, startBenchServer } from './benchServer'

/** Chromium DevTools' presets (latency in ms, throughput in bytes per second). */
export const NETWORK_PRESETS = {
  'Fast 3G': { downloadThroughput: 180_000, latency: 562.5, uploadThroughput: 84_375 },
  'Slow 3G': { downloadThroughput: 50_000, latency: 2_000, uploadThroughput: 50_000 },
} as const

export type PresetName = keyof typeof NETWORK_PRESETS

export const FIRST_CONTENT_GOAL_MS: Record<PresetName, number> = {
  'Fast 3G': 1_300,
  'Slow 3G': 4_500,
}
export const BYTES_BEFORE_FIRST_CONTENT_GOAL = 20 * 1024

export type WidgetLoad = {
  /** Bytes on the wire (headers and bodies) of the responses finished before first content. */
  bytesBeforeContent: number
  /** From navigation start to the widget showing the campaign, ms. */
  firstContentMs: number
  /** Requests the browser sent before first content (preflights included). */
  requestsBeforeContent: number
}

/** The two snippets: the admin's, and the one pasted before it (which keeps working). */
export const SNIPPETS = {
  '/embed.js': embedJsSnippet,
  'campaign script': embedSnippet,
} as const

export type SnippetName = keyof typeof SNIPPETS

export type WidgetResults = Record<SnippetName, Record<PresetName, WidgetLoad>>

/** One cold load of the page under a preset, until the widget shows the campaign. */
const loadOnce = async (browser: Browser, pageUrl: string, preset: PresetName) => {
  const context = await browser.newContext()
  // The widget sets its host's dir in the same task as it renders the campaign (widget.ts).
  await context.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-aware-campaign][dir]')) return
      ;(window as unknown as { awareFirstContent: number }).awareFirstContent = performance.now()
      seen.disconnect()
    })
    seen.observe(document, { attributeFilter: ['dir'], attributes: true, subtree: true })
  })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      ...NETWORK_PRESETS[preset],
    })
    const finished: { at: number; bytes: number }[] = []
    let sent = 0
    const sentAt: number[] = []
    cdp.on('Network.requestWillBeSent', (event: { timestamp: number }) => {
      sent += 1
      sentAt.push(event.timestamp)
    })
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number; timestamp: number }) =>
      finished.push({ at: event.timestamp, bytes: event.encodedDataLength }),
    )
    await page.goto(pageUrl, { waitUntil: 'commit' })
    const handle = await page.waitForFunction(
      () => (window as unknown as { awareFirstContent?: number }).awareFirstContent,
      undefined,
      { timeout: 60_000 },
    )
    const firstContentMs = (await handle.jsonValue()) as number
    // CDP's timestamps are monotonic seconds; navigation starts with the page's own request.
    const start = sentAt[0] ?? 0
    const contentAt = start + firstContentMs / 1000
    const before = finished.filter((load) => load.at <= contentAt)
    return {
      bytesBeforeContent: before.reduce((sum, load) => sum + load.bytes, 0),
      firstContentMs,
      requestsBeforeContent: Math.min(sent, sentAt.filter((at) => at <= contentAt).length),
    }
  } finally {
    await context.close()
  }
}

const median = (loads: WidgetLoad[]): WidgetLoad =>
  [...loads].sort((a, b) => a.firstContentMs - b.firstContentMs)[Math.floor(loads.length / 2)]

export const benchWidgetFirstContent = async (
  loads = Number(process.env.WIDGET_BENCH_LOADS || 3),
): Promise<WidgetResults> => {
  const pagePort = await freePort()
  const aware = await startBenchServer({ allowedOrigins: [`http://127.0.0.1:${pagePort}`] })
  let snippet = ''
  const page = await startPartnerPage(() => partnerPageHtml(snippet), { port: pagePort })
  const chromium = await launchChromium()
  try {
    const result = {} as WidgetResults
    for (const [name, snippetFor] of Object.entries(SNIPPETS) as [
      SnippetName,
      (typeof SNIPPETS)[SnippetName],
    ][]) {
      snippet = snippetFor({
        audience: 'migrant-workers',
        campaign: CAMPAIGN,
        locale: 'tl',
        origin: aware.url,
        publishableKey: aware.publishableKey,
      })
      // One unthrottled load first, so the server has rendered and cached what a visitor asks for.
      await loadOnce(chromium.browser, `${page.url}/`, 'Fast 3G')
      result[name] = {} as Record<PresetName, WidgetLoad>
      for (const preset of Object.keys(NETWORK_PRESETS) as PresetName[]) {
        const runs: WidgetLoad[] = []
        for (let run = 0; run < loads; run += 1) {
          runs.push(await loadOnce(chromium.browser, `${page.url}/`, preset))
        }
        result[name][preset] = median(runs)
      }
    }
    return result
  } finally {
    await chromium.close()
    await page.close()
    await aware.stop()
  }
}

export const printWidgetFirstContent = (result: WidgetResults): void => {
  console.log(
    '\nWidget: first campaign content on a partner page, cold cache, Chromium network presets ' +
      '(median load)',
  )
  for (const [snippet, presets] of Object.entries(result) as [
    SnippetName,
    Record<PresetName, WidgetLoad>,
  ][]) {
    for (const [preset, load] of Object.entries(presets) as [PresetName, WidgetLoad][]) {
      const goal = FIRST_CONTENT_GOAL_MS[preset]
      const kb = load.bytesBeforeContent / 1024
      console.log(
        `  ${snippet.padEnd(15)} ${preset.padEnd(8)} first content ` +
          `${Math.round(load.firstContentMs).toString().padStart(5)} ms ` +
          `(goal ≤ ${goal}: ${load.firstContentMs <= goal ? 'met' : 'NOT met'}), ` +
          `${kb.toFixed(1)} KB in ${load.requestsBeforeContent} requests before it ` +
          `(goal ≤ ${BYTES_BEFORE_FIRST_CONTENT_GOAL / 1024} KB: ` +
          `${load.bytesBeforeContent <= BYTES_BEFORE_FIRST_CONTENT_GOAL ? 'met' : 'NOT met'})`,
      )
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printWidgetFirstContent(await benchWidgetFirstContent())
  process.exit(0)
}
