import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

describe('src/payload-types.ts', () => {
  it('is what `npm run generate:types` makes from the current collections', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aware-types-'))
    const output = path.join(dir, 'payload-types.ts')
    try {
      const result = spawnSync('npm', ['run', '-s', 'generate:types'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          DATABASE_URI: `file:${path.join(dir, 'types.db')}`,
          PAYLOAD_TS_OUTPUT_PATH: output,
        },
      })
      expect(result.status, result.stderr).toBe(0)
      expect(
        readFileSync(output, 'utf8') === readFileSync('src/payload-types.ts', 'utf8'),
        'collections changed: run `npm run generate:types` and commit src/payload-types.ts',
      ).toBe(true)
    } finally {
      rmSync(dir, { force: true, recursive: true })
    }
  }, 180_000)
})
