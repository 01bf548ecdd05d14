import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Assessments } from './collections/Assessments'
import { AuditEvents } from './collections/AuditEvents'
import { Audiences } from './collections/Audiences'
import { Campaigns } from './collections/Campaigns'
import { mediaCollection } from './collections/Media'
import { Partners } from './collections/Partners'
import { usersCollection } from './collections/Users'
import { adminLanguages } from './src/admin/i18n/adminLanguages'
import { adminTranslations } from './src/admin/i18n/translations'
import { canRunJobs } from './src/access/canRunJobs'
import { closeInternalCollectionsToPartners } from './src/access/closeInternalCollectionsToPartners'
import { lockDocumentsAsTheCaller } from './src/accounts/lockDocumentsAsTheCaller'
import { createDatabaseAdapter } from './src/db/databaseAdapter'
import { createEmailAdapter } from './src/email/emailAdapter'
import { defaultLocale, locales } from './src/domain/locales'
import { readEnvironment } from './src/environment'
import { settingsOf } from './src/settingsOf'
import { isTheJobRunner } from './src/jobs/jobRunner'
import { deliveryPlugin } from './src/delivery/plugin'
import { editorialPlugin } from './src/editorial/plugin'
import { evaluationPlugin } from './src/evaluation/plugin'
import { mediaStoragePlugin } from './src/media/storage/mediaStoragePlugin'
import { answerQueryValueErrors } from './src/server/routes/answerQueryValueErrors'
import { boundWhereClauses } from './src/server/whereLimits'

const dirname = path.dirname(fileURLToPath(import.meta.url))
/**
 * What the config itself is built from (database, secret, mail, media, csrf) is read as the
 * config is built; the instance's settings (limits, thresholds, keys) are parsed once when it
 * starts (src/settingsOf.ts) and handed to every part from there.
 */
const environment = readEnvironment()

export default buildConfig({
  admin: {
    avatar: 'default',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' — Aware' },
    user: 'users',
  },
  collections: [
    Campaigns,
    Assessments,
    Audiences,
    mediaCollection({ mediaDir: environment.mediaDir }),
    usersCollection({ secureCookies: environment.isProduction }),
    Partners,
    AuditEvents,
  ],
  csrf: environment.csrfTrustedOrigins,
  db: createDatabaseAdapter(environment.databaseUri),
  editor: lexicalEditor(),
  email: createEmailAdapter({
    from: environment.emailFrom,
    isProduction: environment.isProduction,
    smtpUrl: environment.smtpUrl,
  }),
  graphQL: {
    disablePlaygroundInProduction: true,
  },
  // The admin in English, French, Spanish and Arabic, with Aware's own texts (src/admin/i18n).
  i18n: {
    fallbackLanguage: 'en',
    supportedLanguages: adminLanguages,
    translations: adminTranslations,
  },
  jobs: {
    // The run and handle-schedules endpoints: administrators, or a scheduler with CRON_SECRET.
    access: { run: canRunJobs },
    // Scheduled publishing of campaigns runs on Payload's job queue.
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    // With several instances on one database, one of them runs the jobs (src/jobs/jobRunner.ts).
    shouldAutoRun: isTheJobRunner,
  },
  logger: { options: { level: environment.logLevel } },
  localization: {
    defaultLocale,
    fallback: true,
    locales: locales.map(({ code, label, rtl }) => ({ code, label, rtl })),
  },
  hooks: { afterError: [answerQueryValueErrors] },
  onInit: (payload) => {
    // The instance's settings, parsed now, once: every route, hook and job reads them from here.
    settingsOf(payload)
    closeInternalCollectionsToPartners(payload)
    lockDocumentsAsTheCaller(payload)
    boundWhereClauses(payload)
  },
  // Each feature brings its own parts; the server mounts their routes in this order
  // (src/http/serverParts.ts): delivery's CORS comes before the evaluation routes it covers.
  plugins: [
    deliveryPlugin(),
    editorialPlugin(),
    evaluationPlugin({ forwardingIntervalSeconds: environment.posthogFlushIntervalSeconds }),
    mediaStoragePlugin(environment.mediaS3),
  ],
  secret: environment.secret,
  telemetry: false,
  typescript: {
    // Payload would otherwise regenerate the types in the background on every non-production
    // start (every test file), from whatever database that start uses: a MongoDB start rewrote
    // the committed file with string ids. `npm run generate:types` makes them; a test checks.
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'src/payload-types.ts'),
  },
})
