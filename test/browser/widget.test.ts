import type { Browser, BrowserContext, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningDemoPartner } from '../../src/tools/demoPartner/startDemoPartner'
import type { BatchResult, WireEvent } from '../../src/evaluation/events/wireEvent'
import type { RunningServer } from '../../src/server/startServer'
import type { KnowledgeCheck } from '../helpers/evaluation'

import { embedSnippet } from '../../src/partners/embedSnippet'
import { startDemoPartner } from '../../src/tools/demoPartner/startDemoPartner'
import { openApiDocumentOf } from '../../src/delivery/openapi/openApiDocument'
import { evaluationOpenApi } from '../../src/evaluation/openapi/evaluationOpenApi'
import { fill, widgetStrings } from '../../src/delivery/widget/runtime/strings'
import { createPartner, type Headers, signInAs } from '../helpers/accounts'
import { launchChromium, SCREENSHOTS } from '../helpers/browser'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { payloadOfScript } from '../helpers/delivery'
import { partnerPageHtml, startPartnerPage } from '../helpers/partnerPage'
import { anEvent, answersFor, knowledgeCheckOf, sendBatch } from '../helpers/evaluation'
import { openApiValidator } from '../helpers/openApiValidator'
import { startTestServer } from '../helpers/testServer'
import {
  answerByKeyboard,
  answerByPointer,
  answerOnePerScreen,
  seriousAxeViolations,
  widgetOf,
} from '../helpers/widgetDriver'

const PH = 'philippines-pre-departure'
const AUDIENCE = 'migrant-workers'
/**
 * Respondents posted over HTTP before the browser runs: one short of the deployment's k (10, never
 * lowered by a reader), so the report hides the audience until the browser's two respondents come.
 */
const SEEDED = 8
/**
 * The widget loads its campaign, and its outbox sends a second after the last event; on a busy
 * CI machine either can take a while.
 */
const PATIENCE = { timeout: 20_000 }
const DAY_MS = 86_400_000
const FOLLOW_UP_DAYS = 30
const ar = widgetStrings.ar
/** The Arabic one-question-per-screen walk-through, as its device left it. */
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>

type Traffic = { batches: WireEvent[][]; results: BatchResult[] }

type Row = {
  audience: null | string
  knowledge?: { paired: { n: number }; post: { n: number }; pre: { n: number } }
  reach?: { cta: number; engaged: number; impressions: number; reached: number }
  suppressed: boolean
}

describe('the widget on a partner page on another origin, in Chromium', () => {
  let server: RunningServer
  let demo: RunningDemoPartner
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let ids: BundledIds
  let check: KnowledgeCheck
  let partner: Awaited<ReturnType<typeof createPartner>>
  let evaluator: Headers
  const contract = openApiValidator(openApiDocumentOf([evaluationOpenApi]))
  const traffic: Traffic = { batches: [], results: [] }

  const reportRow = async (): Promise<Row> => {
    const response = await fetch(`${server.url}/api/reports/campaigns/${PH}`, {
      headers: evaluator,
    })
    expect(response.status).toBe(200)
    const report = (await response.json()) as { audiences: Row[] }
    expect(contract('Report', report)).toEqual([])
    const row = report.audiences.find((candidate) => candidate.audience === AUDIENCE)
    if (!row) throw new Error(`no ${AUDIENCE} row in ${JSON.stringify(report)}`)
    return row
  }

  let arabicDevice: StorageState | undefined

  /**
   * A visitor: own context (a fresh device, or one's saved storage), only local hosts reachable,
   * events recorded.
   */
  const visit = async (
    locale: string,
    viewport: { height: number; width: number },
    storageState?: StorageState,
  ) => {
    const context = await browser.newContext({ storageState, viewport })
    await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.abort())
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/events')) {
        traffic.batches.push((request.postDataJSON() as { events: WireEvent[] }).events)
      }
    })
    page.on('response', async (response) => {
      const request = response.request()
      if (request.method() === 'POST' && response.url().endsWith('/api/events')) {
        // A response still arriving as its page closes is not one the widget saw either.
        const result = await response.json().catch(() => null)
        if (result) traffic.results.push(result as BatchResult)
      }
    })
    await page.goto(`${demo.url}/?audience=${AUDIENCE}&campaign=${PH}&locale=${locale}`)
    expect(new URL(page.url()).origin).not.toBe(new URL(server.url).origin)
    await widgetOf(page).locator('h2').waitFor()
    return { context, errors, page }
  }

  const queueLength = (page: Page) =>
    page.evaluate(
      () => (JSON.parse(localStorage.getItem('aware:queue') ?? '[]') as unknown[]).length,
    )

  const eventsOf = (respondent: string) =>
    traffic.batches.flat().filter((event) => event.respondent === respondent)

  const respondentIn = (page: Page) =>
    page.evaluate(() => JSON.parse(localStorage.getItem('aware:respondent') ?? 'null') as string)

  const expectNoCookies = async (context: BrowserContext, page: Page) => {
    expect(await context.cookies()).toEqual([])
    expect(await page.evaluate(() => document.cookie)).toBe('')
  }

  const shoot = async (page: Page, name: string) => {
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, `widget-${name}.png`) })
  }

  beforeAll(async () => {
    // This test answers a knowledge check within a second or two, faster than any person: the
    // too-fast flag would rightly hold its answers back from the report it reads.
    process.env.QUALITY_MIN_SECONDS_PER_ITEM = '0'
    server = await startTestServer()
    ids = await importBundledCampaigns(server.payload)
    partner = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences[AUDIENCE] as number],
    })
    demo = await startDemoPartner({
      awareUrl: server.url,
      host: 'localhost',
      publishableKey: partner.publishableKey,
      secretKey: partner.apiKey,
      port: 0,
    })
    await server.payload.update({
      collection: 'partners',
      data: { allowedOrigins: [demo.url] },
      id: partner.id,
    })
    evaluator = (await signInAs(server.payload, server.url, 'evaluator')).headers
    check = await knowledgeCheckOf(server.payload, PH)
    for (let index = 0; index < SEEDED; index += 1) {
      const common = {
        audience: AUDIENCE,
        campaign: PH,
        locale: 'en',
        respondent: `seeded-respondent-${index}`,
      }
      const assessment = (phase: 'post' | 'pre', right: string[]) => ({
        answers: answersFor(check, new Set(right)),
        assessment: check.id,
        phase,
        revision: check.revision,
      })
      const minutesAgo = (minutes: number) =>
        new Date(Date.now() - (60 * index + minutes) * 60_000).toISOString()
      const seeded = await sendBatch(server.url, partner.headers, [
        anEvent({ ...common, occurredAt: minutesAgo(20), type: 'impression' }),
        anEvent({
          ...common,
          assessment: assessment('pre', []),
          occurredAt: minutesAgo(19),
          type: 'assessment',
        }),
        anEvent({
          ...common,
          assessment: assessment(
            'post',
            check.items.map((item) => item.key),
          ),
          occurredAt: minutesAgo(5),
          type: 'assessment',
        }),
      ])
      expect(seeded).toMatchObject({ accepted: 3, rejected: [] })
    }
    chromium = await launchChromium()
    browser = chromium.browser
  })
  afterAll(async () => {
    delete process.env.QUALITY_MIN_SECONDS_PER_ITEM
    await chromium?.close()
    await demo?.close()
    await server?.close()
  })

  it('starts with too few respondents for the report to show the audience', async () => {
    expect((await reportRow()).suppressed).toBe(true)
  })

  it('runs pre → content → post in Tagalog by keyboard, teaches with per-item feedback, shows the hotline', async () => {
    const { context, errors, page } = await visit('tl', { height: 900, width: 1280 })
    const widget = widgetOf(page)
    await expect
      .poll(() => widget.locator('h2').textContent(), PATIENCE)
      .toBe('Bago ka umalis: ligtas na recruitment at ang iyong mga karapatan sa ibang bansa')
    expect(await widget.getAttribute('lang')).toBe('tl')
    expect(await widget.getAttribute('dir')).toBe('ltr')
    expect(await widget.getByText('hindi kami gumagamit ng cookies').count()).toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await shoot(page, 'tl-1280-consent')

    await widget.getByRole('button', { name: 'Oo, sasagot ako' }).focus()
    await page.keyboard.press('Enter')
    await widget.getByRole('heading', { name: 'Bago magbasa: ano ang alam mo?' }).waitFor()
    // Focus follows the step, so keyboard and screen-reader users land on the new heading.
    const focused = () =>
      widget.evaluate((host) => host.shadowRoot?.activeElement?.textContent ?? null)
    expect(await focused()).toBe('Bago magbasa: ano ang alam mo?')
    expect(await widget.locator('fieldset').count()).toBe(check.items.length)
    // A 1280 px widget shows every question at once.
    expect(await widget.locator('form').getAttribute('data-mode')).toBe('all-at-once')
    expect(await widget.locator('fieldset:visible').count()).toBe(check.items.length)
    const pre = answersFor(check, new Set())
    await answerByKeyboard(page, (item) => pre[item])
    expect(await seriousAxeViolations(page)).toEqual([])
    await widget.getByRole('button', { name: 'Ipadala ang aking mga sagot' }).focus()
    await page.keyboard.press('Enter')

    const continueButton = widget.getByRole('button', { name: 'Magpatuloy sa mga tanong' })
    await continueButton.waitFor()
    expect(await widget.locator('.aw-body h2').first().textContent()).toContain('Bago ka umalis')
    expect(await widget.getByRole('link', { name: 'Tumawag sa 1343' }).count()).toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await shoot(page, 'tl-1280-content')
    await continueButton.click()

    const allButFirst = new Set(check.items.slice(1).map((item) => item.key))
    const post = answersFor(check, allButFirst)
    await answerByPointer(page, (item) => post[item])
    await widget.getByRole('button', { name: 'Ipadala ang aking mga sagot' }).click()
    const total = check.items.length
    // The pre answers (none right), still on the device, give the learner's before → after.
    await widget
      .getByText(fill(widgetStrings.tl.beforeAfter, { b: 0, c: total - 1, n: total }))
      .waitFor()
    const first = widget.locator(`li[data-item="${check.items[0].key}"]`)
    expect(await first.getAttribute('data-correct')).toBe('false')
    expect(await first.textContent()).toContain('Tamang sagot:')
    const explanation = await server.payload.find({
      collection: 'assessments',
      locale: 'tl',
      where: { slug: { equals: check.slug } },
    })
    expect(await first.textContent()).toContain(explanation.docs[0].items[0].explanation)
    expect(await seriousAxeViolations(page)).toEqual([])

    await widget.getByRole('link', { name: 'Tumawag sa 1343' }).click({ noWaitAfter: true })
    await expect.poll(() => queueLength(page), PATIENCE).toBe(0)
    await shoot(page, 'tl-1280-feedback')
    await page.setViewportSize({ height: 800, width: 360 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await shoot(page, 'tl-360-feedback')

    const respondent = await respondentIn(page)
    expect(respondent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    const sent = eventsOf(respondent)
    expect(sent.map((event) => event.type).sort()).toEqual(
      ['assessment', 'assessment', 'cta', 'engagement', 'impression'].sort(),
    )
    expect(sent.every((event) => event.locale === 'tl' && event.consent)).toBe(true)
    await expectNoCookies(context, page)
    expect(errors).toEqual([])
    await context.close()
  })

  it('runs in Arabic right to left one question per screen at 360 px, shows before → after, and sends what was answered offline exactly once on reconnect', async () => {
    const { context, errors, page } = await visit('ar', { height: 800, width: 360 })
    const widget = widgetOf(page)
    await expect
      .poll(() => widget.locator('h2').textContent(), PATIENCE)
      .toBe('قبل أن تسافر: التوظيف الآمن وحقوقك في الخارج')
    expect(await widget.getAttribute('dir')).toBe('rtl')
    expect(await widget.getAttribute('lang')).toBe('ar')
    expect(await widget.locator('h2').evaluate((node) => getComputedStyle(node).direction)).toBe(
      'rtl',
    )
    expect(await seriousAxeViolations(page)).toEqual([])
    await shoot(page, 'ar-360-consent')

    await widget.getByRole('button', { name: ar.consentYes }).click()
    // A 360 px widget asks one question per screen, with its place in the check.
    expect(await widget.locator('form').getAttribute('data-mode')).toBe('one-per-screen')
    const total = check.items.length
    const progress = (i: number, n: number) => fill(ar.question, { i, n })
    const first = widget.locator('fieldset:visible')
    expect(await first.locator('.aw-count').textContent()).toBe(progress(1, total))
    expect(await widget.getByRole('button', { name: ar.back }).isVisible()).toBe(false)
    // RTL: the question's choices line up from the right edge of their group.
    const box = await first.boundingBox()
    const radio = await first.locator('input').first().boundingBox()
    expect(radio && box && radio.x > box.x + box.width / 2).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await shoot(page, 'ar-360-one-per-screen')

    // Back keeps the answer given; focus follows to the question.
    const pre = answersFor(check, new Set([check.items[0].key]))
    const firstItem = check.items[0].key
    await first.locator(`input[value="${pre[firstItem]}"]`).check()
    await widget.getByRole('button', { name: ar.next, exact: true }).click()
    expect(await widget.locator('fieldset:visible').getAttribute('data-item')).not.toBe(firstItem)
    await widget.getByRole('button', { name: ar.back }).click()
    const again = widget.locator('fieldset:visible')
    expect(await again.getAttribute('data-item')).toBe(firstItem)
    expect(await again.locator(`input[value="${pre[firstItem]}"]`).isChecked()).toBe(true)
    expect(await widget.evaluate((host) => host.shadowRoot?.activeElement?.tagName)).toBe('LEGEND')
    await answerOnePerScreen(page, (item) => pre[item], { next: ar.next, progress })
    await widget.getByRole('button', { name: ar.send }).click()
    await widget.getByRole('button', { name: ar.continue }).click()
    await expect.poll(() => queueLength(page), PATIENCE).toBe(0)

    await context.setOffline(true)
    const post = answersFor(check, new Set(check.items.map((item) => item.key)))
    await answerOnePerScreen(page, (item) => post[item], { next: ar.next, progress })
    const postedBefore = traffic.batches.length
    await widget.getByRole('button', { name: ar.send }).click()
    await widget.getByText('أنت غير متصل بالإنترنت').waitFor()
    expect(await queueLength(page)).toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await shoot(page, 'ar-360-offline')

    await context.setOffline(false)
    // Before → after, from the pre answers kept on this device until now: one right, then all.
    await widget.getByText(fill(ar.beforeAfter, { b: 1, c: total, n: total })).waitFor()
    await expect.poll(() => queueLength(page), PATIENCE).toBe(0)
    const kept = await page.evaluate(
      (slug) => JSON.parse(localStorage.getItem(`aware:progress:${slug}`) ?? 'null') as object,
      PH,
    )
    expect(kept).not.toHaveProperty('pre')
    expect(kept).toMatchObject({ consent: true, phases: ['pre', 'post'] })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    // Each number to call is isolated left to right inside the Arabic sentence around it.
    const calls = widget.locator('a.aw-call')
    expect(await calls.count()).toBeGreaterThan(0)
    for (const call of await calls.all()) {
      const number = await call.locator('bdi[dir="ltr"]').textContent()
      expect(`tel:${number}`).toBe(await call.getAttribute('href'))
    }
    await shoot(page, 'ar-360-feedback')
    await page.setViewportSize({ height: 900, width: 1280 })
    await shoot(page, 'ar-1280-feedback')

    const respondent = await respondentIn(page)
    const postEvents = eventsOf(respondent).filter((event) => event.assessment?.phase === 'post')
    expect(traffic.batches.length).toBeGreaterThan(postedBefore)
    expect(new Set(postEvents.map((event) => event.id)).size).toBe(1)
    expect(postEvents[0].locale).toBe('ar')
    expect(
      Object.keys(postEvents[0].assessment?.answers ?? {}).sort(),
      'one per screen sends the same answers as all at once',
    ).toEqual(check.items.map((item) => item.key).sort())
    await expectNoCookies(context, page)
    expect(errors).toEqual([])
    arabicDevice = await context.storageState()
    await context.close()
  })

  it('offers the follow-up check on the same device once it is due, sends it once, and never offers it again', async () => {
    if (!arabicDevice) throw new Error('the Arabic walk-through did not finish')
    await server.payload.update({
      collection: 'campaigns',
      data: { followUpDays: FOLLOW_UP_DAYS },
      id: ids.campaigns[PH],
    })
    // The device as the Arabic respondent left it, its post check moved 31 days into the past.
    const name = `aware:progress:${PH}`
    const device = structuredClone(arabicDevice)
    for (const entry of device.origins.flatMap((origin) => origin.localStorage)) {
      if (entry.name !== name) continue
      const progress = JSON.parse(entry.value) as { postAt: number }
      progress.postAt -= (FOLLOW_UP_DAYS + 1) * DAY_MS
      entry.value = JSON.stringify(progress)
    }
    const { context, errors, page } = await visit('ar', { height: 800, width: 360 }, device)
    const widget = widgetOf(page)
    await widget.getByRole('heading', { name: ar.followupOffer }).waitFor(PATIENCE)
    const respondent = await respondentIn(page)
    await widget.getByRole('button', { name: ar.followupYes }).click()
    await widget.getByRole('heading', { name: ar.followupTitle }).waitFor()
    const answers = answersFor(check, new Set(check.items.slice(0, 2).map((item) => item.key)))
    const progress = (i: number, n: number) => fill(ar.question, { i, n })
    await answerOnePerScreen(page, (item) => answers[item], { next: ar.next, progress })
    await widget.getByRole('button', { name: ar.send }).click()
    await widget.getByText(fill(ar.score, { c: 2, n: check.items.length })).waitFor(PATIENCE)
    await expect.poll(() => queueLength(page), PATIENCE).toBe(0)
    const followups = eventsOf(respondent).filter((event) => event.assessment?.phase === 'followup')
    expect(followups).toHaveLength(1)
    expect(followups[0].respondent).toBe(respondent)

    // The next visit: answered once, it is not offered again.
    await page.reload()
    await widget.getByText(ar.thanks).waitFor(PATIENCE)
    expect(await widget.getByRole('heading', { name: ar.followupOffer }).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()

    // The server stored it: the de-identified export has one follow-up row, paired with the
    // same pseudonym's pre and post.
    const admin = (await signInAs(server.payload, server.url, 'admin')).headers
    const response = await fetch(`${server.url}/api/reports/campaigns/${PH}/submissions`, {
      headers: admin,
    })
    expect(response.status).toBe(200)
    const [header, ...rows] = (await response.text()).trim().split(/\r?\n/)
    const columns = header.split(',')
    const cells = rows.map((row) => row.split(','))
    const phaseOf = (row: string[]) => row[columns.indexOf('phase')]
    const pseudonymOf = (row: string[]) => row[columns.indexOf('respondent')]
    const followupRows = cells.filter((row) => phaseOf(row) === 'followup')
    expect(followupRows).toHaveLength(1)
    const phases = cells
      .filter((row) => pseudonymOf(row) === pseudonymOf(followupRows[0]))
      .map(phaseOf)
    expect(phases.sort()).toEqual(['followup', 'post', 'pre'])
  })

  it('sent only events of the published contract, each accepted once', () => {
    const sent = traffic.batches.flat()
    for (const batch of traffic.batches)
      expect(contract('EventBatch', { events: batch })).toEqual([])
    for (const result of traffic.results) expect(contract('BatchResult', result)).toEqual([])
    const accepted = traffic.results.reduce((sum, result) => sum + result.accepted, 0)
    expect(traffic.results.flatMap((result) => result.rejected)).toEqual([])
    expect(accepted).toBe(new Set(sent.map((event) => event.id)).size)
  })

  it('shows both respondents in the campaign report, each counted once', async () => {
    const row = await reportRow()
    expect(row.suppressed).toBe(false)
    const respondents = SEEDED + 2
    expect(row.knowledge?.pre.n).toBe(respondents)
    expect(row.knowledge?.post.n).toBe(respondents)
    expect(row.knowledge?.paired.n).toBe(respondents)
    expect(row.reach).toMatchObject({
      cta: 1,
      engaged: 2,
      impressions: respondents,
      reached: respondents,
    })
  })

  /**
   * A page on its own loopback origin (`host`: localhost, which the partner allows, or 127.0.0.1,
   * which it does not) pasting the admin's snippet; every request the page sends is recorded,
   * and the script's answer kept.
   */
  const pasteSnippet = async (host: string) => {
    const snippet = embedSnippet({
      audience: AUDIENCE,
      campaign: PH,
      locale: 'tl',
      origin: server.url,
      publishableKey: partner.publishableKey,
    })
    const partnerPage = await startPartnerPage(() => partnerPageHtml(snippet), { host })
    if (host === 'localhost') {
      await server.payload.update({
        collection: 'partners',
        data: { allowedOrigins: [demo.url, partnerPage.url] },
        id: partner.id,
      })
    }
    const context = await browser.newContext({ viewport: { height: 900, width: 1280 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    const script = page.waitForResponse((response) => response.url().includes('/embed/'))
    await page.goto(partnerPage.url)
    const close = async () => {
      await context.close()
      await partnerPage.close()
    }
    return { close, errors, page, requested, script: await script }
  }

  it('shows the campaign from the one script the admin’s snippet loads, with no request to the delivery API', async () => {
    const { close, errors, page, requested, script } = await pasteSnippet('localhost')
    const widget = widgetOf(page)
    await widget.locator('h2').waitFor(PATIENCE)
    const shownAfter = [...requested]
    expect(await widget.locator('h2').textContent()).toBe(
      'Bago ka umalis: ligtas na recruitment at ang iyong mga karapatan sa ibang bansa',
    )
    expect(await widget.getAttribute('lang')).toBe('tl')
    expect(shownAfter.slice(0, 2)).toEqual(['/', `/embed/${PH}.js`])
    expect(shownAfter.filter((path) => path.startsWith('/api/delivery'))).toEqual([])
    expect(payloadOfScript(await script.text()).delivered).toMatchObject({ locale: 'tl', slug: PH })
    // The visitor goes on as with /embed.js: consent, then the pre check.
    await widget.getByRole('button', { name: widgetStrings.tl.consentYes }).click()
    await widget.getByRole('heading', { name: 'Bago magbasa: ano ang alam mo?' }).waitFor()
    expect(requested.filter((path) => path.startsWith('/api/delivery'))).toEqual([])
    expect(errors).toEqual([])
    await close()
  })

  it('brings no campaign to a page on an origin the partner does not allow', async () => {
    const { close, page, script } = await pasteSnippet('127.0.0.1')
    expect(script.status()).toBe(200)
    expect(payloadOfScript(await script.text()).delivered).toBeNull()
    // The widget asks the delivery API itself, as /embed.js does, and is refused there too.
    const widget = widgetOf(page)
    await widget.getByText(widgetStrings.tl.loadError).waitFor(PATIENCE)
    expect(await widget.locator('h2').count()).toBe(0)
    await close()
  })
})
