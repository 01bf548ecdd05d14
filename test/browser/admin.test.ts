import type { Browser, BrowserContext, Page } from 'playwright-core'

import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningServer } from '../../src/server/startServer'

import { ar } from '../../src/admin/i18n/strings/ar'
import { fr } from '../../src/admin/i18n/strings/fr'
import { createPartner, PASSWORD } from '../helpers/accounts'
import { launchChromium, screenshotViewport, SCREENSHOTS } from '../helpers/browser'
import { type BundledIds, importBundledCampaigns } from '../helpers/bundledCampaigns'
import { startTestServer } from '../helpers/testServer'

describe('the admin, in Chromium', () => {
  let server: RunningServer
  let chromium: Awaited<ReturnType<typeof launchChromium>>
  let browser: Browser
  let page: Page
  let ids: BundledIds
  const pageErrors: string[] = []

  beforeAll(async () => {
    server = await startTestServer({ admin: 'production' })
    ids = await importBundledCampaigns(server.payload)
    chromium = await launchChromium()
    browser = chromium.browser
    page = await browser.newPage({ viewport: { height: 900, width: 1280 } })
    page.on('pageerror', (error) => pageErrors.push(error.message))
  })
  afterAll(async () => {
    await chromium?.close()
    await server?.close()
  })

  it('creates the first user, who lands on the dashboard as an administrator', async () => {
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/)
    // The first account is always an administrator: the form says so and offers no other role.
    await expect.poll(() => page.locator('.aware-first-role').innerText()).toMatch(/Administrator/)
    expect(await page.locator('form').innerText()).not.toMatch(/\bEditor\b/)
    await page.getByLabel('Email').fill('founder@example.org')
    await page.getByLabel('New Password', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Confirm Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Create' }).click()
    await page.waitForURL(`${server.url}/admin`)
    await page
      .getByRole('link', { name: /Campaigns/ })
      .first()
      .waitFor({ state: 'visible' })

    const { docs } = await server.payload.find({ collection: 'users', overrideAccess: true })
    expect(docs.map((user) => [user.email, user.role])).toEqual([['founder@example.org', 'admin']])
  })

  it('titles body blocks and array rows by their content', async () => {
    await page.goto(
      `${server.url}/admin/collections/campaigns/${ids.campaigns['philippines-pre-departure']}`,
    )
    const blocks = page.locator('.aware-block-label')
    // A long Lexical body takes seconds to mount on a loaded machine.
    await expect.poll(() => blocks.count(), { timeout: 20_000 }).toBeGreaterThan(5)
    const labels = await blocks.allInnerTexts()
    expect(labels).toContain('Hotline · DMW / OWWA hotline')
    expect(labels).toContain('Warning signs · Warning signs of forced labour (ILO indicators)')
    const rows = await page.locator('.aware-row-label').allInnerTexts()
    expect(
      rows.some((row) => row.startsWith('US Department of State, Trafficking in Persons')),
    ).toBe(true)
    expect(rows).toContain('Migrant workers')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-block-labels.png') })
  })

  it('leaves no empty draft behind when “Create New” is opened and left', async () => {
    const before = await server.payload.count({ collection: 'campaigns', overrideAccess: true })
    await page.goto(`${server.url}/admin/collections/campaigns/create`)
    await page.locator('#field-title').first().waitFor()
    expect(page.url()).toMatch(/\/campaigns\/create$/)
    await page.goto(`${server.url}/admin/collections/campaigns`)
    await page.locator('.collection-list').waitFor()
    expect(await server.payload.count({ collection: 'campaigns', overrideAccess: true })).toEqual(
      before,
    )
  })

  it('opens a bundled campaign in Arabic with a right-to-left editor', async () => {
    const id = ids.campaigns['philippines-pre-departure']
    await page.goto(`${server.url}/admin/collections/campaigns/${id}`)
    // Blocks inside the body have title fields too; the campaign's own title comes first.
    const title = page.locator('#field-title').first()
    await expect.poll(() => title.inputValue()).toMatch(/[A-Za-z]/)
    const englishTitle = await title.inputValue()

    await page.locator('.localizer button').first().click()
    await page.getByRole('button', { name: 'العربية' }).click()
    await page.waitForURL(/locale=ar/)

    await expect.poll(() => title.getAttribute('data-rtl')).toBe('true')
    await expect.poll(() => title.inputValue()).toMatch(/[\u0600-\u06FF]/)
    expect(await title.inputValue()).not.toBe(englishTitle)
    const editor = page.locator('.editor-container').first()
    await expect.poll(() => editor.getAttribute('dir')).toBe('rtl')
    await expect
      .poll(() => page.locator('[data-lexical-editor="true"]').first().innerText())
      .toMatch(/[\u0600-\u06FF]/)
    await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, 'admin-campaign-ar.png') })
    expect(pageErrors).toEqual([])
  })

  /** The founder, signed in through the login form in a browser of its own. */
  const signedIn = async (locale: string): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ locale, viewport: { height: 900, width: 1280 } })
    const own = await context.newPage()
    own.on('pageerror', (error) => pageErrors.push(error.message))
    await own.goto(`${server.url}/admin/login`)
    await own.locator('#field-email').fill('founder@example.org')
    await own.locator('#field-password').fill(PASSWORD)
    await own.locator('form button[type="submit"]').click()
    await own.waitForURL(`${server.url}/admin`)
    return { context, page: own }
  }

  /** The campaign edit view's own panels and field labels, in the language of `strings`. */
  const expectCampaignViewIn = async (own: Page, strings: typeof fr) => {
    await own.goto(
      `${server.url}/admin/collections/campaigns/${ids.campaigns['philippines-pre-departure']}`,
    )
    await expect
      .poll(() => own.locator('#aware-checklist-title').innerText(), { timeout: 20_000 })
      .toBe(strings.checklistTitle)
    await expect
      .poll(() => own.locator('#aware-review-title').innerText())
      .toBe(strings.reviewTitle)
    expect(await own.locator('#aware-translations-title').innerText()).toBe(
      strings.translationsTitle,
    )
    const stages = [
      strings.reviewStageDraft,
      strings.reviewStageInReview,
      strings.reviewStageChangesRequested,
      strings.reviewStageApproved,
      strings.reviewStagePublished,
    ]
    expect(stages).toContain(await own.locator('.aware-stage').first().innerText())
    expect(await own.locator('label[for="field-summary"]').first().innerText()).toContain(
      strings.fieldSummary,
    )
    expect(await own.locator('.aware-live__label').first().innerText()).not.toMatch(
      /Live now|Not published|Goes live|Ended/,
    )
  }

  /** One campaign's report: the page's title, description and way back, in that language. */
  const expectReportViewIn = async (own: Page, strings: typeof fr, language: 'ar' | 'fr') => {
    // The overview first: every campaign, counted in that language's plural form (three: French
    // "campagnes", Arabic's "few" form).
    await own.goto(`${server.url}/admin/reports`)
    const three =
      language === 'fr'
        ? '3 campagnes, au '
        : `${new Intl.NumberFormat('ar').format(3)} حملات، حتى `
    await expect
      .poll(() => own.locator('[data-state="ready"]').innerText(), { timeout: 20_000 })
      .toMatch(new RegExp(`^${three}`))
    await own.goto(`${server.url}/admin/reports?campaign=philippines-pre-departure`)
    await expect.poll(() => own.locator('h1').first().innerText()).toBe(strings.navReports)
    expect(await own.locator('.aware-evaluation__description').innerText()).toBe(
      strings.reportsCampaignDescription,
    )
    expect(await own.locator('.aware-overview__back').innerText()).toBe(strings.reportsAllCampaigns)
    expect(await own.locator('nav').first().innerText()).toContain(strings.navEvaluation)
    // The dashboard itself: no figures yet for this campaign, said in that language, with the
    // threshold and the filters' counts written as it writes them.
    const empty = own.locator('[data-state="empty"]')
    await expect.poll(() => empty.locator('h3').innerText()).toBe(strings.reportNoFigures)
    const k = new Intl.NumberFormat(language).format(10)
    expect(await empty.innerText()).toContain(strings.reportNoFiguresWhy.replaceAll('{{k}}', k))
    const legend = own.locator('.aware-filters legend').first()
    expect(await legend.innerText()).toBe(strings.filterPeriod)
    return own.locator('.aware-presets button').allInnerTexts()
  }

  /**
   * The field upload view in the language of `strings`: its headings, then a sheet of three rows
   * the server refuses (an unknown phase), counted in the report in that language's plural forms.
   */
  /** The data-quality review queue: its title, filters, columns' absence and empty state. */
  const expectReviewQueueIn = async (own: Page, strings: typeof fr, language: 'ar' | 'fr') => {
    await own.goto(`${server.url}/admin/review`)
    await expect.poll(() => own.locator('h1').first().innerText()).toBe(strings.queueTitle)
    expect(await own.locator('.aware-evaluation__description').innerText()).toBe(
      strings.queueDescription,
    )
    // Nothing is flagged in this database: the queue says so, in that language.
    await expect
      .poll(() => own.locator('.aware-review .aware-empty').innerText(), { timeout: 20_000 })
      .toBe(strings.queueEmpty)
    expect(
      await own.locator('.aware-review select').nth(1).locator('option').allInnerTexts(),
    ).toEqual([
      strings.queueStatusFlagged,
      strings.queueStatusExcluded,
      strings.queueStatusApproved,
      strings.queueStatusOk,
    ])
    expect(await own.locator('.aware-review__actions button').allInnerTexts()).toEqual([
      strings.queueApprove.replace('{{count}}', new Intl.NumberFormat(language).format(0)),
      strings.queueExclude.replace('{{count}}', new Intl.NumberFormat(language).format(0)),
    ])
  }

  /** A partner's embed panel: its title, options and copy button, and a problem it names. */
  const expectEmbedPanelIn = async (own: Page, strings: typeof fr) => {
    const shows = await createPartner(server.payload, {
      allowedAudiences: [ids.audiences['migrant-workers'] as number],
      allowedOrigins: ['https://agency.example.org'],
    })
    await own.goto(`${server.url}/admin/collections/partners/${shows.id}`)
    const panel = own.locator('.aware-embed')
    await expect
      .poll(() => panel.locator('h3').innerText(), { timeout: 20_000 })
      .toBe(strings.embedTitle)
    await expect.poll(() => panel.locator('button').innerText()).toBe(strings.embedCopy)
    expect(await panel.locator('.aware-embed__hint').innerText()).toBe(strings.embedHint)
    expect(await panel.locator('select').last().locator('option').allInnerTexts()).toEqual([
      strings.embedQuestionsByWidth,
      strings.embedQuestionsOnePerScreen,
      strings.embedQuestionsAllAtOnce,
    ])
    // A partner that may show no audience yet: the panel says what to do, in that language.
    const none = await createPartner(server.payload)
    await own.goto(`${server.url}/admin/collections/partners/${none.id}`)
    await expect
      .poll(() => own.locator('.aware-embed__problem').innerText(), { timeout: 20_000 })
      .toBe(strings.embedNoAudience)
  }

  const uploadRefusedSheetIn = async (own: Page, strings: typeof fr) => {
    await own.goto(`${server.url}/admin/field-upload`)
    await expect.poll(() => own.locator('h1').first().innerText()).toBe(strings.navFieldUpload)
    expect(await own.locator('.aware-evaluation__description').innerText()).toBe(
      strings.uploadDescription,
    )
    expect(await own.locator('#aware-template-heading').innerText()).toBe(
      strings.uploadStepTemplate,
    )
    expect(await own.locator('#aware-upload-heading').innerText()).toBe(strings.uploadStepFile)
    const template = own.getByRole('link', { name: strings.uploadCsvTemplate })
    const href = String(await template.getAttribute('href'))
    const header = await own.evaluate(
      async (url) => (await (await fetch(url)).text()).split('\r\n')[0] ?? '',
      href,
    )
    const answers = header.split(',').length - 9
    const row = (n: number) =>
      [`CEB-${n}`, 'philippines-pre-departure', 'migrant-workers', 'seminar', 'tl', 'later']
        .concat(['2026-03-14', 'yes', '1', ...Array<string>(answers).fill('a')])
        .join(',')
    await own.getByLabel(strings.uploadFile).setInputFiles({
      buffer: Buffer.from([header, row(1), row(2), row(3)].join('\n')),
      mimeType: 'text/csv',
      name: 'session.csv',
    })
    await own.getByRole('button', { exact: true, name: strings.uploadSubmit }).click()
    const report = own.getByRole('region', { name: strings.uploadReportTitle })
    await report.waitFor()
    return report
  }

  it('speaks French to a browser that asks for it: Payload’s texts and Aware’s', async () => {
    const { context, page: french } = await signedIn('fr-FR')
    try {
      expect(await french.locator('html').getAttribute('lang')).toBe('fr')
      expect(await french.locator('html').getAttribute('dir')).toMatch(/^ltr$/i)
      await expect.poll(() => french.locator('nav').first().innerText()).toContain('Campagnes')
      expect(await french.locator('nav').first().innerText()).toContain(fr.navFieldUpload)
      await expectCampaignViewIn(french, fr)
      await french.screenshot({ path: path.join(SCREENSHOTS, 'admin-campaign-fr-1280.png') })
      // A draft that brings a placeholder back: its publish is refused in French, naming the
      // language, the field and the text, and the checklist says the same.
      await server.payload.update({
        collection: 'campaigns',
        data: { summary: 'Before you go: [PLACEHOLDER: the fee cap, check before publishing].' },
        draft: true,
        id: ids.campaigns['philippines-pre-departure'],
        locale: 'en',
      })
      await french.reload()
      const blocker = 'English (en) › Résumé › « Before you go: [PLACEHOLDER: the fee cap'
      await expect
        .poll(() => french.getByRole('region', { name: fr.checklistTitle }).innerText(), {
          timeout: 20_000,
        })
        .toContain(blocker)
      await french.getByRole('button', { name: 'Publier les modifications' }).click()
      const toast = french.locator('.payload-toast-container').getByText(/ne peut pas être publiée/)
      await toast.waitFor()
      expect(await toast.innerText()).toContain('tant que ce point n’est pas corrigé')
      expect(await toast.innerText()).toContain(`${blocker}‚ check before publishing]. » est un`)
      await french.screenshot({ path: path.join(SCREENSHOTS, 'admin-publish-refused-fr-1280.png') })
      expect(await expectReportViewIn(french, fr, 'fr')).toEqual(
        expect.arrayContaining(['7 derniers jours', '30 derniers jours', fr.filterWholeCampaign]),
      )
      await french.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, 'admin-report-fr-1280.png'),
      })
      // French says 0 in the singular, 3 in the plural.
      const upload = await uploadRefusedSheetIn(french, fr)
      expect(await upload.getByTestId('imported').innerText()).toBe('0 importée')
      expect(await upload.getByTestId('rejected').innerText()).toBe('3 refusées')
      expect(await upload.locator('th').allInnerTexts()).toEqual([fr.uploadRow, fr.uploadWhy])
      await french.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, 'admin-field-upload-fr-1280.png'),
      })
      await expectReviewQueueIn(french, fr, 'fr')
      await expectEmbedPanelIn(french, fr)
    } finally {
      await context.close()
    }
    expect(pageErrors).toEqual([])
  })

  it('lays the admin out right to left for a user who chose Arabic on the account page', async () => {
    const { context, page: arabic } = await signedIn('en-US')
    try {
      expect(await arabic.locator('html').getAttribute('dir')).toMatch(/^ltr$/i)
      await arabic.goto(`${server.url}/admin/account`)
      await arabic.locator('#language-select').click()
      await arabic.locator('.rs__option', { hasText: 'العربية' }).click()
      await expect.poll(() => arabic.locator('html').getAttribute('dir')).toMatch(/^rtl$/i)
      // The choice stays with the user: a new page in the same session is Arabic too.
      await arabic.goto(`${server.url}/admin`)
      expect(await arabic.locator('html').getAttribute('lang')).toBe('ar')
      expect(await arabic.locator('html').getAttribute('dir')).toMatch(/^rtl$/i)
      await expect
        .poll(() => arabic.locator('nav').first().innerText())
        .toContain(ar.campaignPlural)
      await expectCampaignViewIn(arabic, ar)
      // Playwright's viewport screenshot of this right-to-left view came out blank (5 KB of
      // white): see screenshotViewport. The French one is over 100 KB.
      const shot = await screenshotViewport(
        arabic,
        path.join(SCREENSHOTS, 'admin-campaign-ar-1280.png'),
      )
      expect(shot.byteLength).toBeGreaterThan(20_000)
      // Arabic counts: 7 takes the "few" form, 30 and 90 the "many" form.
      expect(await expectReportViewIn(arabic, ar, 'ar')).toEqual(
        expect.arrayContaining([
          ar.filterLastDays_few!.replace('{{count}}', new Intl.NumberFormat('ar').format(7)),
          ar.filterLastDays_many!.replace('{{count}}', new Intl.NumberFormat('ar').format(30)),
        ]),
      )
      await arabic.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, 'admin-report-ar-1280.png'),
      })
      // Arabic's own plural forms: none imported (zero), three rejected (few).
      const upload = await uploadRefusedSheetIn(arabic, ar)
      expect(await arabic.locator('html').getAttribute('dir')).toMatch(/^rtl$/i)
      expect(await upload.getByTestId('imported').innerText()).toBe(ar.uploadImported_zero)
      expect(await upload.getByTestId('rejected').innerText()).toBe(
        ar.uploadRejected_few!.replace('{{count}}', new Intl.NumberFormat('ar').format(3)),
      )
      await arabic.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, 'admin-field-upload-ar-1280.png'),
      })
      await expectReviewQueueIn(arabic, ar, 'ar')
      await expectEmbedPanelIn(arabic, ar)
      expect(await arabic.locator('html').getAttribute('dir')).toMatch(/^rtl$/i)
      await arabic.screenshot({
        fullPage: true,
        path: path.join(SCREENSHOTS, 'admin-review-ar-1280.png'),
      })
    } finally {
      await context.close()
    }
    expect(pageErrors).toEqual([])
  })
})
