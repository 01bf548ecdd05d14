import type { Readable } from 'node:stream'
import type { Payload } from 'payload'

import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { S3MediaStorage } from '../../environment'
import { settingsOf } from '../../settingsOf'
import { s3ClientConfig } from './s3ClientConfig'

export type StoredMediaFile = { body: Readable; size: number }

const clients = new Map<string, S3Client>()

/** One client (and its connection pool) per bucket and address for the life of the process. */
const clientFor = (storage: S3MediaStorage): S3Client => {
  const key = JSON.stringify(storage)
  const client = clients.get(key) ?? new S3Client(s3ClientConfig(storage))
  clients.set(key, client)
  return client
}

const openInBucket = async (
  storage: S3MediaStorage,
  filename: string,
): Promise<StoredMediaFile | undefined> => {
  try {
    const object = await clientFor(storage).send(
      new GetObjectCommand({ Bucket: storage.bucket, Key: filename }),
    )
    return { body: object.Body as Readable, size: Number(object.ContentLength) }
  } catch (error) {
    if (error instanceof NoSuchKey) return undefined
    throw error
  }
}

const openOnDisk = async (dir: string, filename: string) => {
  const file = path.join(path.resolve(dir), filename)
  const stats = await stat(file).catch(() => undefined)
  return stats?.isFile() ? { body: createReadStream(file), size: stats.size } : undefined
}

/**
 * The bytes of an uploaded file, wherever this deployment keeps uploads (the bucket of S3_BUCKET,
 * or MEDIA_DIR), or undefined when there is no such file. Callers check that the name is a bare
 * file name and that a media document has it; the name is never a path here either.
 */
export const openStoredMedia = async (
  payload: Payload,
  filename: string,
): Promise<StoredMediaFile | undefined> => {
  if (filename !== path.basename(filename) || filename.startsWith('.')) return undefined
  const { mediaDir, mediaS3 } = settingsOf(payload)
  return mediaS3 ? openInBucket(mediaS3, filename) : openOnDisk(mediaDir, filename)
}
