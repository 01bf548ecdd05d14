import type { Browser, Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { chromium } from 'playwright-core'

export const SCREENSHOTS = path.resolve('test-results', 'screenshots')

/**
 * Debian's Chromium, headless, with no calls to Google's services. Playwright gives every
 * launch a fresh temporary profile of its own (it refuses --user-data-dir in launch()).
 */
export const launchChromium = async (): Promise<{
  browser: Browser
  close: () => Promise<void>
}> => {
  const browser = await chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    executablePath: '/usr/bin/chromium',
    headless: true,
  })
  mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    browser,
    close: () => browser.close(),
  }
}

/**
 * What the viewport shows, as a PNG at `file`. Playwright's own viewport screenshot clips at the
 * visual viewport's offset in the page, which Chromium gives as 0 in a right-to-left page whose
 * layout reaches left of the screen (Payload's Arabic edit view), while the layout viewport sits
 * at the page's right-hand origin (in a 4,000 px wide page, x = 2,720): the clip showed the page's
 * empty far left, a blank image. Chromium's own capture without a clip takes what is on screen.
 */
export const screenshotViewport = async (page: Page, file: string): Promise<Buffer> => {
  await page.evaluate(() => document.fonts.ready)
  const cdp = await page.context().newCDPSession(page)
  try {
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' })
    const image = Buffer.from(data, 'base64')
    await writeFile(file, image)
    return image
  } finally {
    await cdp.detach()
  }
}
