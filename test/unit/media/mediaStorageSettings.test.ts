import { describe, expect, it } from 'vitest'

import { readEnvironment } from '../../../src/environment'

const only = (variables: Record<string, string> = {}) => ({
  NODE_ENV: 'test' as const,
  ...variables,
})

describe('where uploads are stored, from the environment', () => {
  it('keeps them in the local media directory unless a bucket is named', () => {
    expect(readEnvironment(only())).toMatchObject({ mediaDir: './data/media', mediaS3: undefined })
  })

  it('uses Amazon S3 with the SDK’s own credentials when only a bucket is named', () => {
    expect(readEnvironment(only({ S3_BUCKET: 'aware-media' })).mediaS3).toEqual({
      bucket: 'aware-media',
      credentials: undefined,
      endpoint: undefined,
      forcePathStyle: false,
      region: 'us-east-1',
    })
  })

  it('addresses an S3-compatible server by path unless told otherwise', () => {
    const settings = {
      S3_ACCESS_KEY_ID: 'key',
      S3_BUCKET: 'aware-media',
      S3_ENDPOINT: 'https://storage.example.org/',
      S3_REGION: 'eu-central-1',
      S3_SECRET_ACCESS_KEY: 'secret',
    }
    expect(readEnvironment(only(settings)).mediaS3).toEqual({
      bucket: 'aware-media',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      endpoint: 'https://storage.example.org',
      forcePathStyle: true,
      region: 'eu-central-1',
    })
    expect(
      readEnvironment(only({ ...settings, S3_FORCE_PATH_STYLE: 'false' })).mediaS3?.forcePathStyle,
    ).toBe(false)
  })

  it('refuses settings that cannot all be meant', () => {
    expect(() => readEnvironment(only({ S3_ENDPOINT: 'https://storage.example.org' }))).toThrow(
      'S3_ENDPOINT is set but S3_BUCKET is not: name the media bucket too.',
    )
    expect(() => readEnvironment(only({ S3_ACCESS_KEY_ID: 'key', S3_BUCKET: 'b' }))).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/,
    )
    expect(() => readEnvironment(only({ S3_BUCKET: 'b', S3_ENDPOINT: 'storage:9000' }))).toThrow(
      /S3_ENDPOINT must be an http\(s\) URL/,
    )
    expect(() => readEnvironment(only({ S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: 'yes' }))).toThrow(
      'S3_FORCE_PATH_STYLE must be true or false, got "yes".',
    )
  })
})
