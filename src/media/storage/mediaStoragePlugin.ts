import type { Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

import type { S3MediaStorage } from '../../environment'

import { s3ClientConfig } from './s3ClientConfig'

/**
 * Uploads on one machine stay in the media collection's directory; with a bucket configured,
 * Payload's S3 adapter stores them there instead (nothing on local disk), so every instance
 * behind a load balancer serves the same files. The adapter is registered either way, switched
 * off without a bucket, with its fields (the object's key and prefix) always in the collection:
 * the admin's import map and the schema are the same in both, and so are the migrations.
 */
export const mediaStoragePlugin = (storage: S3MediaStorage | undefined): Plugin =>
  s3Storage({
    alwaysInsertFields: true,
    bucket: storage?.bucket ?? '',
    collections: { media: true },
    config: storage ? s3ClientConfig(storage) : {},
    enabled: Boolean(storage),
  })
