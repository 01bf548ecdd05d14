import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { bundleWidget } from '../../../src/delivery/widget/build'

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
})
