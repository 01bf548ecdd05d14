import { parseArgs } from 'node:util'

export type GeneratorOptions = {
  batchSize: number
  concurrency: number
  /** Partner keys to send with; none means: create generator partners in the local database. */
  keys: string[]
  now: Date
  respondents: number
  resends: boolean
  seed: string
  url: string
}

export const usage = `Usage: npm run seed:evaluation -- [options]

Simulates respondents of every audience of the published campaigns and posts their events to
a running Aware server (npm start), as partner sites and field teams would.

  --url URL           the server (default http://localhost:3000)
  --respondents N     how many people to simulate (default 2000)
  --seed S            the same seed (and day) gives the same events, ids included (default 1)
  --key KEY           send with this partner API key (repeat for several partners); without
                      it, one generator partner per audience is created (or its key renewed)
                      in the local database (DATABASE_URI, as npm start uses it)
  --now ISO-DATE      the end of the simulated period (default: today, 00:00 UTC)
  --batch N           events per request, at most 500 (default 250)
  --concurrency N     requests in flight (default 2)
  --no-resends        do not re-send a few batches' events to exercise idempotency
  --help              this text`

const wholeNumber = (name: string, value: string, min: number, max: number): number => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${value}".`)
  }
  return number
}

const startOfToday = () => new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00.000Z')

/** The command line, checked; throws with a message naming the option that is wrong. */
export const readCliOptions = (args: string[]): GeneratorOptions | 'help' => {
  const { values } = parseArgs({
    args,
    options: {
      batch: { default: '250', type: 'string' },
      concurrency: { default: '2', type: 'string' },
      help: { default: false, type: 'boolean' },
      key: { multiple: true, type: 'string' },
      'no-resends': { default: false, type: 'boolean' },
      now: { type: 'string' },
      respondents: { default: '2000', type: 'string' },
      seed: { default: '1', type: 'string' },
      url: { default: 'http://localhost:3000', type: 'string' },
    },
    strict: true,
  })
  if (values.help) return 'help'
  const now = values.now ? new Date(values.now) : startOfToday()
  if (Number.isNaN(now.getTime()))
    throw new Error(`--now must be an ISO date, got "${values.now}".`)
  if (!URL.canParse(values.url)) throw new Error(`--url must be a URL, got "${values.url}".`)
  return {
    batchSize: wholeNumber('batch', values.batch, 1, 500),
    concurrency: wholeNumber('concurrency', values.concurrency, 1, 16),
    keys: values.key ?? [],
    now,
    respondents: wholeNumber('respondents', values.respondents, 1, 1_000_000),
    resends: !values['no-resends'],
    seed: values.seed,
    url: values.url.replace(/\/+$/, ''),
  }
}
