import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Express (src/server) serves the REST and GraphQL APIs with the same Payload instance that the
 * admin uses. Keeping Payload and the database adapters external in every mode (withPayload only
 * does it in development) lets the admin's server code share that one instance instead of
 * bundling a second copy of Payload.
 */
const sharedServerPackages = [
  'payload',
  '@payloadcms/db-mongodb',
  '@payloadcms/db-postgres',
  '@payloadcms/db-sqlite',
  '@payloadcms/drizzle',
  '@payloadcms/graphql',
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Express in front sends no X-Powered-By either: a version banner only helps an attacker.
  poweredByHeader: false,
  serverExternalPackages: sharedServerPackages,
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
