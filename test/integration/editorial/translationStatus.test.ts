import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Campaign } from '../../../src/payload-types'
import type { RunningServer } from '../../../src/server/startServer'

import { type Headers, signInAs } from '../../helpers/accounts'
import { startTestServer } from '../../helpers/testServer'

type Status = {
  defaultLocale: string
  locales: Record<string, { missing: string[]; state: 'complete' | 'missing' | 'stale' }>
}
type Doc = Campaign & { defaultTitle?: null | string; translationStatus: Status }

describe('translation status, over HTTP', () => {
  let server: RunningServer
  let editor: Headers
  let id: Campaign['id']

  const call = async (method: string, path: string, body?: object) => {
    const response = await fetch(`${server.url}/api/${path}`, {
      body: body ? JSON.stringify(body) : undefined,
      headers: { ...editor, 'Content-Type': 'application/json' },
      method,
    })
    return {
      body: (await response.json()) as { doc?: Doc; docs?: Doc[] } & Doc,
      status: response.status,
    }
  }
  const save = async (locale: string, data: object) => {
    const answer = await call('PATCH', `campaigns/${id}?draft=true&locale=${locale}`, data)
    expect(answer.status).toBe(200)
    return answer.body.doc as Doc
  }
  const states = (doc: Doc) =>
    Object.fromEntries(
      Object.entries(doc.translationStatus.locales).map(([code, entry]) => [
        code,
        entry.state === 'missing' ? `missing ${entry.missing.join(', ')}` : entry.state,
      ]),
    )

  beforeAll(async () => {
    server = await startTestServer()
    editor = (await signInAs(server.payload, server.url, 'editor')).headers
    const audience = await server.payload.create({
      collection: 'audiences',
      data: { name: 'Travellers', slug: 'travellers' },
    })
    const created = await call('POST', 'campaigns?draft=true&locale=en', {
      audiences: [audience.id],
      period: { start: '2027-01-01' },
      summary: 'Read the contract before you sign it.',
      title: 'Before you sign',
    })
    expect(created.status).toBe(201)
    id = (created.body.doc as Doc).id
  })
  afterAll(async () => {
    await server?.close()
  })

  it('says which fields a translation lacks, and when it is complete', async () => {
    const english = await call('GET', `campaigns/${id}?draft=true&locale=en`)
    expect(english.body.translationStatus).toEqual({ defaultLocale: 'en', locales: {} })
    const titled = await save('fr', { title: 'Avant de signer' })
    expect(states(titled)).toEqual({ fr: 'missing summary' })
    const complete = await save('fr', { summary: 'Lisez le contrat avant de le signer.' })
    expect(states(complete)).toEqual({ fr: 'complete' })
  })

  it('marks a translation stale when the default language changes after it, until it is edited', async () => {
    await save('es', { summary: 'Lea el contrato antes de firmarlo.', title: 'Antes de firmar' })
    const changed = await save('en', {
      summary: 'Read every page of the contract before you sign.',
    })
    expect(states(changed)).toEqual({ es: 'stale', fr: 'stale' })
    // Saving French without changing its text does not make it current.
    expect(states(await save('fr', { title: 'Avant de signer' }))).toEqual({
      es: 'stale',
      fr: 'stale',
    })
    const updated = await save('fr', { summary: 'Lisez chaque page du contrat avant de signer.' })
    expect(states(updated)).toEqual({ es: 'stale', fr: 'complete' })
  })

  it('cannot be set by a client', async () => {
    const forged = await save('en', {
      defaultTitle: 'Forged',
      translationStatus: {
        defaultLocale: 'en',
        locales: { es: { missing: [], state: 'complete' } },
      },
    })
    expect(forged.defaultTitle).toBe('Before you sign')
    expect(states(forged)).toEqual({ es: 'stale', fr: 'complete' })
  })

  it('gives lists the default title for a language without one', async () => {
    const list = await call('GET', `campaigns?draft=true&locale=ar&depth=0&where[id][equals]=${id}`)
    const [doc] = list.body.docs ?? []
    expect(doc.defaultTitle).toBe('Before you sign')
    expect(doc.translationStatus.locales.ar).toBeUndefined()
  })
})
