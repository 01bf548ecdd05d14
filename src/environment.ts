/**
 * Every setting Aware reads from the environment, parsed and checked in one place. Modules take
 * what they need from here rather than reading process.env themselves.
 */
export const DEVELOPMENT_SECRET = 'aware-development-secret-change-me'

export const DEFAULT_DATABASE_URI = 'file:./data/aware.db'

export type Environment = {
  databaseUri: string
  isProduction: boolean
  logLevel: 'debug' | 'error' | 'fatal' | 'info' | 'silent' | 'trace' | 'warn'
  mediaDir: string
  port: number
  /** PostHog project key; when unset, accepted events are not forwarded anywhere. */
  posthogApiKey: string | undefined
  posthogHost: string
  secret: string
}

const readPort = (value: string | undefined): number => {
  if (value === undefined || value === '') return 3000
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${value}".`)
  }
  return port
}

export const DEFAULT_POSTHOG_HOST = 'https://us.i.posthog.com'

const readHttpUrl = (name: string, value: string | undefined, fallback: string): string => {
  if (!value) return fallback
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`${name} must be an http(s) URL such as ${fallback}, got "${value}".`)
  }
  return value.replace(/\/+$/, '')
}

const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const

const readLogLevel = (value: string | undefined): Environment['logLevel'] => {
  if (!value) return 'info'
  const level = logLevels.find((candidate) => candidate === value)
  if (!level) throw new Error(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${value}".`)
  return level
}

export const readEnvironment = (env: NodeJS.ProcessEnv = process.env): Environment => ({
  databaseUri: env.DATABASE_URI || DEFAULT_DATABASE_URI,
  isProduction: env.NODE_ENV === 'production',
  logLevel: readLogLevel(env.LOG_LEVEL),
  mediaDir: env.MEDIA_DIR || './data/media',
  port: readPort(env.PORT),
  posthogApiKey: env.POSTHOG_API_KEY || undefined,
  posthogHost: readHttpUrl('POSTHOG_HOST', env.POSTHOG_HOST, DEFAULT_POSTHOG_HOST),
  secret: env.PAYLOAD_SECRET || DEVELOPMENT_SECRET,
})

/**
 * A production deployment signing sessions and pseudonyms with a known secret would let anyone
 * forge logins and re-identify respondents, so it must not start.
 */
export const assertProductionSecret = (env: NodeJS.ProcessEnv = process.env): void => {
  if (env.NODE_ENV !== 'production') return
  const secret = env.PAYLOAD_SECRET
  if (!secret || secret === DEVELOPMENT_SECRET) {
    throw new Error(
      'PAYLOAD_SECRET is missing or is the development default. In production set PAYLOAD_SECRET ' +
        'to a long random value (for example: openssl rand -hex 32) and keep it stable: it signs ' +
        'logins, encrypts API keys and keys the respondent pseudonyms.',
    )
  }
  if (secret.length < 32) {
    throw new Error('PAYLOAD_SECRET must be at least 32 characters long in production.')
  }
}
