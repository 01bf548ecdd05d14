import type { Browser } from 'playwright-core'

import { mkdirSync } from 'node:fs'
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
