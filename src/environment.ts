/**
 * Every setting Aware reads from the environment, parsed and checked in one place. Modules take
 * what they need from here rather than reading process.env themselves.
 */
export const DEVELOPMENT_SECRET = 'aware-development-secret-change-me'

export const DEFAULT_DATABASE_URI = 'file:./data/aware.db'

import { type QualityReason, qualityReasons } from './evaluation/quality/qualityStatus'
import {
  type IatiReportingOrg,
  readIatiReportingOrg,
} from './evaluation/reports/iati/iatiReportingOrg'

export type Environment = {
  /**
   * Lets an outside scheduler call Payload's job endpoints (CRON_SECRET, sent as
   * `Authorization: Bearer <secret>`); without it only administrators may.
   */
  cronSecret: string | undefined
  /**
   * Origins whose pages may make cookie-authenticated writes (CSRF_TRUSTED_ORIGINS): the
   * address the admin is opened at. Payload ignores the session cookie of a request from any
   * other origin. The server's own loopback origins are added at start (startServer.ts).
   */
  csrfTrustedOrigins: string[]
  databaseUri: string
  /** The sender of password resets and invitations (EMAIL_FROM), e.g. "Aware <aware@ngo.org>". */
  emailFrom: string
  /** Raw evaluation events are purged this many days after they arrive (EVENT_RETENTION_DAYS). */
  eventRetentionDays: number
  /** Batches one API key or account may post to /api/events per window (EVENT_RATE_LIMIT_BATCHES). */
  eventRateLimitBatches: number
  /** The rate-limit window in seconds (EVENT_RATE_LIMIT_WINDOW_SECONDS). */
  eventRateLimitWindowSeconds: number
  /**
   * A hotline verified longer ago than this many days blocks publishing until someone checks it
   * again (HOTLINE_MAX_AGE_DAYS).
   */
  hotlineMaxAgeDays: number
  /** The organisation IATI exports name as reporting-org (IATI_REPORTING_ORG_*); unset, none. */
  iatiReportingOrg: IatiReportingOrg | undefined
  isProduction: boolean
  logLevel: 'debug' | 'error' | 'fatal' | 'info' | 'silent' | 'trace' | 'warn'
  /** Where uploads live on one machine (MEDIA_DIR); unused when mediaS3 is set. */
  mediaDir: string
  /** An S3-compatible bucket that every instance reads uploads from (S3_BUCKET and S3_*). */
  mediaS3: S3MediaStorage | undefined
  port: number
  /** PostHog project key; when unset, accepted events are not forwarded anywhere. */
  posthogApiKey: string | undefined
  /** A forwarding backlog this large is logged as a warning (POSTHOG_BACKLOG_WARNING). */
  posthogBacklogWarning: number
  /** How often the forwarding job sends the outbox, in seconds (POSTHOG_FLUSH_INTERVAL_SECONDS). */
  posthogFlushIntervalSeconds: number
  /**
   * How long an instance that died while forwarding keeps the others from taking over, in
   * seconds (POSTHOG_LEASE_SECONDS); the lease is renewed after every batch.
   */
  posthogLeaseSeconds: number
  posthogHost: string
  /** A burst: QUALITY_BURST_SUBMISSIONS completions from one sender in QUALITY_BURST_SECONDS. */
  qualityBurstSeconds: number
  qualityBurstSubmissions: number
  /** The data-quality flags raised at ingestion (QUALITY_FLAGS, comma-separated; default all). */
  qualityFlags: QualityReason[]
  /** Too fast: fewer seconds per item than this (QUALITY_MIN_SECONDS_PER_ITEM; 0 turns it off). */
  qualityMinSecondsPerItem: number
  /**
   * The default k of reports (REPORT_MIN_RESPONDENTS): a figure resting on fewer respondents is
   * suppressed. Never below MIN_REPORT_K.
   */
  reportMinRespondents: number
  secret: string
  /** Where email goes out (SMTP_URL), e.g. smtps://user:password@smtp.example.org:465. */
  smtpUrl: string | undefined
  /** Events one widget session may send (WIDGET_EVENTS_PER_SESSION). */
  widgetEventsPerSession: number
  /**
   * A knowledge check sent sooner than this many seconds per item after its widget session
   * began is refused (WIDGET_MIN_SECONDS_PER_ITEM): nobody reads and answers faster.
   */
  widgetMinSecondsPerItem: number
  /** How long a widget session takes events, in hours (WIDGET_SESSION_HOURS). */
  widgetSessionHours: number
  /** Widget sessions one publishable key may open per minute (WIDGET_SESSIONS_PER_MINUTE). */
  widgetSessionsPerMinute: number
}

export type S3MediaStorage = {
  bucket: string
  /** Unset: the SDK's default chain (AWS_* variables, an instance role, ~/.aws). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined
  /** An S3-compatible service's address (S3_ENDPOINT); unset for Amazon S3 itself. */
  endpoint: string | undefined
  /** Bucket in the path rather than the host name, as most S3-compatible servers want. */
  forcePathStyle: boolean
  region: string
}

/** Below five respondents a figure identifies people too easily, whatever a deployment wants. */
export const MIN_REPORT_K = 5

const readWholeNumber = (
  name: string,
  value: string | undefined,
  fallback: number,
  minimum: number,
): number => {
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum) {
    throw new Error(`${name} must be a whole number of at least ${minimum}, got "${value}".`)
  }
  return number
}

/** The job runs on a cron's seconds field, so 1 to 59. */
const readFlushInterval = (value: string | undefined): number => {
  const seconds = readWholeNumber('POSTHOG_FLUSH_INTERVAL_SECONDS', value, 5, 1)
  if (seconds > 59) {
    throw new Error(`POSTHOG_FLUSH_INTERVAL_SECONDS must be at most 59, got "${value}".`)
  }
  return seconds
}

const readPort = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be an integer between 0 and 65535, got "${value}".`)
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

const readOrigins = (name: string, value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((candidate) => {
      const url = URL.canParse(candidate) ? new URL(candidate) : undefined
      if (!url || !/^https?:$/.test(url.protocol) || url.origin !== candidate.replace(/\/$/, '')) {
        throw new Error(
          `${name} must list origins such as https://aware.example.org (scheme, host and port ` +
            `only, separated by commas), got "${candidate}".`,
        )
      }
      return url.origin
    })

const readBoolean = (name: string, value: string | undefined, fallback: boolean): boolean => {
  if (value === undefined || value === '') return fallback
  if (value === 'true' || value === 'false') return value === 'true'
  throw new Error(`${name} must be true or false, got "${value}".`)
}

const readS3MediaStorage = (env: NodeJS.ProcessEnv): S3MediaStorage | undefined => {
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env
  if (!env.S3_BUCKET) {
    const stray = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].find(
      (name) => env[name],
    )
    if (stray) throw new Error(`${stray} is set but S3_BUCKET is not: name the media bucket too.`)
    return undefined
  }
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the ' +
        "AWS SDK's default credentials (AWS_* variables, an instance role).",
    )
  }
  const endpoint = env.S3_ENDPOINT
    ? readHttpUrl('S3_ENDPOINT', env.S3_ENDPOINT, 'https://s3.example.org')
    : undefined
  return {
    bucket: env.S3_BUCKET,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    endpoint,
    forcePathStyle: readBoolean('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE, Boolean(endpoint)),
    region: env.S3_REGION || 'us-east-1',
  }
}

const readQualityFlags = (value: string | undefined): QualityReason[] => {
  if (value === undefined) return [...qualityReasons]
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && name !== 'none')
  const unknown = names.filter((name) => !(qualityReasons as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new Error(
      `QUALITY_FLAGS names ${unknown.join(', ')}; use a comma-separated list of ` +
        `${qualityReasons.join(', ')}, or "none".`,
    )
  }
  return names as QualityReason[]
}

const readCronSecret = (value: string | undefined): string | undefined => {
  if (!value) return undefined
  if (value.length < 32) throw new Error('CRON_SECRET must be at least 32 characters long.')
  return value
}

const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const

const readLogLevel = (value: string | undefined): Environment['logLevel'] => {
  if (!value) return 'info'
  const level = logLevels.find((candidate) => candidate === value)
  if (!level) throw new Error(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${value}".`)
  return level
}

export const readEnvironment = (env: NodeJS.ProcessEnv = process.env): Environment => ({
  cronSecret: readCronSecret(env.CRON_SECRET),
  csrfTrustedOrigins: readOrigins('CSRF_TRUSTED_ORIGINS', env.CSRF_TRUSTED_ORIGINS),
  databaseUri: env.DATABASE_URI || DEFAULT_DATABASE_URI,
  emailFrom: env.EMAIL_FROM || 'Aware <aware@localhost>',
  // Ingestion takes events up to retention − 1 days old, so 2 is the least that takes any.
  eventRetentionDays: readWholeNumber('EVENT_RETENTION_DAYS', env.EVENT_RETENTION_DAYS, 400, 2),
  eventRateLimitBatches: readWholeNumber(
    'EVENT_RATE_LIMIT_BATCHES',
    env.EVENT_RATE_LIMIT_BATCHES,
    6000,
    1,
  ),
  eventRateLimitWindowSeconds: readWholeNumber(
    'EVENT_RATE_LIMIT_WINDOW_SECONDS',
    env.EVENT_RATE_LIMIT_WINDOW_SECONDS,
    60,
    1,
  ),
  hotlineMaxAgeDays: readWholeNumber('HOTLINE_MAX_AGE_DAYS', env.HOTLINE_MAX_AGE_DAYS, 365, 1),
  iatiReportingOrg: readIatiReportingOrg(env),
  isProduction: env.NODE_ENV === 'production',
  logLevel: readLogLevel(env.LOG_LEVEL),
  mediaDir: env.MEDIA_DIR || './data/media',
  mediaS3: readS3MediaStorage(env),
  port: readPort('PORT', env.PORT, 3000),
  posthogApiKey: env.POSTHOG_API_KEY || undefined,
  posthogBacklogWarning: readWholeNumber(
    'POSTHOG_BACKLOG_WARNING',
    env.POSTHOG_BACKLOG_WARNING,
    10_000,
    1,
  ),
  posthogFlushIntervalSeconds: readFlushInterval(env.POSTHOG_FLUSH_INTERVAL_SECONDS),
  posthogLeaseSeconds: readWholeNumber('POSTHOG_LEASE_SECONDS', env.POSTHOG_LEASE_SECONDS, 45, 5),
  posthogHost: readHttpUrl('POSTHOG_HOST', env.POSTHOG_HOST, DEFAULT_POSTHOG_HOST),
  qualityBurstSeconds: readWholeNumber('QUALITY_BURST_SECONDS', env.QUALITY_BURST_SECONDS, 10, 1),
  qualityBurstSubmissions: readWholeNumber(
    'QUALITY_BURST_SUBMISSIONS',
    env.QUALITY_BURST_SUBMISSIONS,
    20,
    2,
  ),
  qualityFlags: readQualityFlags(env.QUALITY_FLAGS),
  qualityMinSecondsPerItem: readWholeNumber(
    'QUALITY_MIN_SECONDS_PER_ITEM',
    env.QUALITY_MIN_SECONDS_PER_ITEM,
    2,
    0,
  ),
  reportMinRespondents: readWholeNumber(
    'REPORT_MIN_RESPONDENTS',
    env.REPORT_MIN_RESPONDENTS,
    10,
    MIN_REPORT_K,
  ),
  secret: env.PAYLOAD_SECRET || DEVELOPMENT_SECRET,
  smtpUrl: env.SMTP_URL || undefined,
  widgetEventsPerSession: readWholeNumber(
    'WIDGET_EVENTS_PER_SESSION',
    env.WIDGET_EVENTS_PER_SESSION,
    200,
    10,
  ),
  widgetMinSecondsPerItem: readWholeNumber(
    'WIDGET_MIN_SECONDS_PER_ITEM',
    env.WIDGET_MIN_SECONDS_PER_ITEM,
    1,
    0,
  ),
  widgetSessionHours: readWholeNumber('WIDGET_SESSION_HOURS', env.WIDGET_SESSION_HOURS, 24, 1),
  widgetSessionsPerMinute: readWholeNumber(
    'WIDGET_SESSIONS_PER_MINUTE',
    env.WIDGET_SESSIONS_PER_MINUTE,
    600,
    1,
  ),
})

/**
 * Whether the secret is left to this machine (src/localSecret.ts): outside production, with
 * PAYLOAD_SECRET unset.
 */
export const secretIsLeftToThisMachine = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.NODE_ENV !== 'production' && !env.PAYLOAD_SECRET

/** Sets PAYLOAD_SECRET for this process, before payload.config.ts reads the environment. */
export const useSecretForThisProcess = (secret: string, env: NodeJS.ProcessEnv = process.env) => {
  env.PAYLOAD_SECRET = secret
}

/** Every setting at its default, as with nothing set (for parts built outside an instance). */
export const defaultEnvironment = (): Environment => readEnvironment({} as NodeJS.ProcessEnv)

/** At least this long; 32 random characters hold more than enough entropy. */
export const MIN_SECRET_LENGTH = 32

/** Why a secret must not sign anything real, or undefined when it will do. */
export const weakSecretReason = (secret: string | undefined): string | undefined => {
  if (!secret || secret === DEVELOPMENT_SECRET)
    return 'PAYLOAD_SECRET is missing or is the development default'
  if (secret.length < MIN_SECRET_LENGTH) {
    return `PAYLOAD_SECRET is shorter than ${MIN_SECRET_LENGTH} characters`
  }
  if (new Set(secret).size < 8) return 'PAYLOAD_SECRET repeats a few characters'
  return undefined
}

const SECRET_ADVICE =
  'set PAYLOAD_SECRET to a long random value (for example: openssl rand -hex 32) and keep it ' +
  'stable: it signs logins, encrypts API keys and keys the respondent pseudonyms.'

/**
 * A production deployment signing sessions and pseudonyms with a known or guessable secret would
 * let anyone forge logins and re-identify respondents, so it must not start; nor one that does
 * not say at which address its admin is opened, whose cookie-authenticated writes Payload would
 * then have to refuse (or, with no list at all, accept from any site).
 */
export const assertProductionSecret = (env: NodeJS.ProcessEnv = process.env): void => {
  if (env.NODE_ENV !== 'production') return
  const reason = weakSecretReason(env.PAYLOAD_SECRET)
  if (reason) throw new Error(`${reason}. In production ${SECRET_ADVICE}`)
  if (readOrigins('CSRF_TRUSTED_ORIGINS', env.CSRF_TRUSTED_ORIGINS).length === 0) {
    throw new Error(
      'CSRF_TRUSTED_ORIGINS is missing. In production set it to the origin the admin is opened ' +
        'at, e.g. CSRF_TRUSTED_ORIGINS=https://aware.example.org: signed-in writes from any ' +
        'other origin are refused.',
    )
  }
}

/** Outside production a weak secret works, but the person starting Aware should know. */
export const weakSecretWarning = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (env.NODE_ENV === 'production') return undefined
  const reason = weakSecretReason(env.PAYLOAD_SECRET)
  return reason
    ? `Warning: ${reason}. That is fine on your own machine, never for real data: ${SECRET_ADVICE}`
    : undefined
}

/** The settings of `npm run demo:partner` (a tool, not the product), checked like the rest. */
export type DemoEnvironment = {
  /** An Aware already running (AWARE_URL) and a partner's keys for it; else the demo starts one. */
  aware: { publishableKey: string; secretKey: string; url: string } | undefined
  /** The demo partner page's port (DEMO_PORT, default 4000): another origin than Aware's. */
  demoPort: number
}

export const readDemoEnvironment = (env: NodeJS.ProcessEnv = process.env): DemoEnvironment => {
  const demoPort = readPort('DEMO_PORT', env.DEMO_PORT, 4000)
  if (!env.AWARE_URL) return { aware: undefined, demoPort }
  const url = readHttpUrl('AWARE_URL', env.AWARE_URL, 'http://localhost:3000')
  const { AWARE_PARTNER_KEY: publishableKey, AWARE_PARTNER_SECRET_KEY: secretKey } = env
  if (!publishableKey || !secretKey) {
    throw new Error(
      'AWARE_URL is set: give AWARE_PARTNER_KEY and AWARE_PARTNER_SECRET_KEY too (the publishable ' +
        `and the secret key of a partner allowing http://localhost:${demoPort}).`,
    )
  }
  return { aware: { publishableKey, secretKey, url }, demoPort }
}
