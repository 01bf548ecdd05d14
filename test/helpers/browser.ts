import type { Browser } from 'playwright-core'

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

export const SCREENSHOTS = path.resolve('test-results', 'screenshots')

/** Debian's Chromium, headless, with a throwaway profile and no calls to Google's services. */
export const launchChromium = async (): Promise<{ browser: Browser; close: () => Promise<void> }> => {
  const profile = mkdtempSync(path.join(tmpdir(), 'aware-chromium-'))
  const browser = await chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
    executablePath: '/usr/bin/chromium',
    headless: true,
  })
  mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    browser,
    close: async () => {
      await browser.close()
      rmSync(profile, { force: true, recursive: true })
    },
  }
}
