import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

export type LoadResult = {
  /** Connect, read, write errors and timeouts. */
  errors: number
  /** Answers with a status of 400 or more. */
  non2xx: number
  p50: number
  p99: number
  requests: number
  requestsPerSecond: number
  seconds: number
  /** What the script's own counters reported (see `scriptCounters`), if any. */
  counters: Record<string, number>
}

/**
 * wrk's summary as one JSON line, written by its `done` hook (latencies in microseconds). A
 * script that counts things per thread keeps each thread in `threads` and names the counters
 * in `counters`; their sums are reported too.
 */
const reporter = `
threads = threads or {}
counters = counters or {}
done = function(summary, latency, requests)
  local extra = {}
  for _, name in ipairs(counters) do
    local total = 0
    for _, thread in ipairs(threads) do total = total + (thread:get(name) or 0) end
    table.insert(extra, string.format('"%s":%d', name, total))
  end
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"non2xx":%d,"errors":%d,"p50Us":%d,"p99Us":%d,"counters":{%s}}\\n',
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99), table.concat(extra, ',')))
end
`

/** wrk from PATH, or an error that says how to get it (the bench installs nothing itself). */
export const wrkBinary = (): string => {
  const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).stdout.trim()
  if (found) return found
  throw new Error(
    'The benches load the server with wrk (a C load generator; autocannon, in Node, tops out ' +
      'below the server it measures). Install it first: apt-get install -y wrk (Debian/Ubuntu), ' +
      'brew install wrk (macOS).',
  )
}

/** wrk's version line, printed with the figures. */
export const wrkVersion = (): string =>
  spawnSync(wrkBinary(), ['-v'], { encoding: 'utf8' })
    .stdout.split('\n')[0]
    .replace(/ Copyright.*/, '')
    .trim()

/**
 * Loads a URL with wrk from its own process (on two cores: one loading, one serving), closed
 * loop, `connections` keep-alive connections on `threads` threads. `script` is Lua that may
 * define wrk's `setup`, `init`, `request` and `response` hooks; `scriptArgs` reach its `init`.
 */
export const loadWithWrk = async (
  url: string,
  {
    connections = 50,
    headers = {},
    script = '',
    scriptArgs = [],
    seconds = 10,
    threads = 1,
  }: {
    connections?: number
    headers?: Record<string, string>
    script?: string
    scriptArgs?: string[]
    seconds?: number
    threads?: number
  },
): Promise<LoadResult> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'aware-wrk-'))
  try {
    const scriptPath = path.join(dir, 'load.lua')
    writeFileSync(scriptPath, `${script}\n${reporter}`)
    const headerArgs = Object.entries(headers).flatMap(([name, value]) => [
      '-H',
      `${name}: ${value}`,
    ])
    const { stdout } = await promisify(execFile)(
      wrkBinary(),
      [
        '-t',
        String(threads),
        '-c',
        String(connections),
        '-d',
        `${seconds}s`,
        '--timeout',
        '10s',
        ...headerArgs,
        '-s',
        scriptPath,
        url,
        ...(scriptArgs.length > 0 ? ['--', ...scriptArgs] : []),
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    )
    const line = stdout.split('\n').find((text) => text.startsWith('WRK_JSON '))
    if (!line) throw new Error(`wrk printed no summary:\n${stdout}`)
    const summary = JSON.parse(line.slice('WRK_JSON '.length)) as {
      counters: Record<string, number>
      durationUs: number
      errors: number
      non2xx: number
      p50Us: number
      p99Us: number
      requests: number
    }
    const elapsed = summary.durationUs / 1e6
    return {
      counters: summary.counters,
      errors: summary.errors,
      non2xx: summary.non2xx,
      p50: summary.p50Us / 1000,
      p99: summary.p99Us / 1000,
      requests: summary.requests,
      requestsPerSecond: summary.requests / elapsed,
      seconds: elapsed,
    }
  } finally {
    rmSync(dir, { force: true, recursive: true })
  }
}

/** Reads a Lua file kept beside the benches. */
export const luaScript = (name: string): string =>
  readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')
