import type { S3ClientConfig } from '@aws-sdk/client-s3'

import type { S3MediaStorage } from '../../environment'

/**
 * One client configuration for Payload's S3 adapter (which writes and deletes) and for our
 * readers (which serve): the same bucket, address and credentials.
 */
export const s3ClientConfig = (storage: S3MediaStorage): S3ClientConfig => ({
  credentials: storage.credentials,
  endpoint: storage.endpoint,
  forcePathStyle: storage.forcePathStyle,
  region: storage.region,
})
