import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { bundleWidget, CAMPAIGN_SCRIPT_ENTRY } from '../../../src/delivery/widget/build'
import { widgetStrings } from '../../../src/delivery/widget/runtime/strings'

const BUDGET = 20 * 1024

describe('the widget bundle', () => {
  it('is one file of at most 20 KB gzipped, with no framework and no cookies', async () => {
    const code = await bundleWidget()
    const gzipped = gzipSync(Buffer.from(code), { level: 9 }).length
    console.log(
      `widget: ${code.length} bytes minified, ${gzipped} bytes gzipped (budget ${BUDGET})`,
    )
    expect(gzipped).toBeLessThanOrEqual(BUDGET)
    expect(code).not.toMatch(/document\.cookie|react|preact|createElement\("div"\)\.__vue/i)
  })

  it('leaves the words of every language out of the code of a campaign’s script', async () => {
    const code = await bundleWidget(CAMPAIGN_SCRIPT_ENTRY)
    const gzipped = gzipSync(Buffer.from(code), { level: 9 }).length
    console.log(`campaign script: ${code.length} bytes minified, ${gzipped} bytes gzipped`)
    // The server adds the campaign's one language (campaignScript.ts); half the budget is left
    // for it and the campaign.
    expect(gzipped).toBeLessThanOrEqual(BUDGET / 2)
    for (const strings of Object.values(widgetStrings))
      expect(code).not.toContain(strings.consentYes)
    expect(code).toContain('__awareScript')
  })
})
