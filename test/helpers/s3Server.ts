import { S3Client } from '@aws-sdk/client-s3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

export type S3TestServer = {
  bucket: string
  /** A client of the bucket, as an operator's tools would see it. */
  client: S3Client
  /** The S3_* settings that point Aware at this server. */
  env: Record<string, string>
  stop: () => Promise<void>
}

/**
 * s3rver, an S3-compatible server in this process, on a free loopback port with one bucket in a
 * temporary directory; it checks each request's signature against its own key pair.
 */
export const startS3Server = async (bucket = 'aware-media'): Promise<S3TestServer> => {
  const directory = mkdtempSync(path.join(tmpdir(), 'aware-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    configureBuckets: [{ configs: [], name: bucket }],
    directory,
    port: 0,
    silent: true,
  })
  const { port } = await server.run()
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({ credentials, endpoint, forcePathStyle: true, region: 'us-east-1' })
  return {
    bucket,
    client,
    env: {
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    },
    stop: async () => {
      client.destroy()
      await server.close()
      rmSync(directory, { force: true, recursive: true })
    },
  }
}
