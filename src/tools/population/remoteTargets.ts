import path from 'node:path'

import type { Audience, Campaign } from '../../payload-types'
import type { AnswerKeyLookup } from './campaignModelFromDocument'
import type { Targets } from './localTargets'

import { loadPacks } from '../../packs/load'
import { campaignModelFromDocument } from './campaignModelFromDocument'

type Page<T> = { docs: T[] }

const getJson = async <T>(url: string, key: string): Promise<T> => {
  const response = await fetch(url, { headers: { Authorization: `partners API-Key ${key}` } })
  if (response.status === 401 || response.status === 403) {
    throw new Error(
      `The server refused the partner key ${key.slice(0, 4)}…: it is unknown, deactivated, or ` +
        'allowed no audience (Partners → Allowed audiences).',
    )
  }
  if (!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`)
  }
  return (await response.json()) as T
}

/** Partners never see which choice is right: the answer keys come from the campaign packs. */
const packAnswerKeys = async (campaignsDir: string): Promise<AnswerKeyLookup> => {
  const { packs } = await loadPacks(campaignsDir)
  const keys = new Map<string, string[]>()
  for (const { knowledgeCheck } of packs) {
    if (!knowledgeCheck) continue
    for (const item of knowledgeCheck.items) {
      keys.set(
        `${knowledgeCheck.slug}/${item.key}`,
        item.choices.filter((choice) => choice.correct).map((choice) => choice.key),
      )
    }
  }
  return (assessment, item) => keys.get(`${assessment}/${item}`)
}

/**
 * For a server reached only over HTTP with partner keys: each key's audiences and the published
 * campaigns it may serve, read through the REST API.
 */
export const remoteTargets = async (
  url: string,
  partnerKeys: readonly string[],
  campaignsDir = path.resolve('campaigns'),
): Promise<Targets> => {
  const answerKey = await packAnswerKeys(campaignsDir)
  const keys = new Map<string, string>()
  const campaigns = new Map<string, ReturnType<typeof campaignModelFromDocument>>()
  for (const key of partnerKeys) {
    const audiences = await getJson<Page<Audience>>(`${url}/api/audiences?depth=0&limit=100`, key)
    const served = new Set(audiences.docs.map((audience) => audience.slug))
    for (const audience of served) if (!keys.has(audience)) keys.set(audience, key)
    const found = await getJson<Page<Campaign>>(
      `${url}/api/campaigns?depth=1&limit=100&locale=all&where[_status][equals]=published`,
      key,
    )
    for (const document of found.docs) {
      const model = campaignModelFromDocument(document, { answerKey, audiences: served })
      const known = campaigns.get(model.slug)
      campaigns.set(
        model.slug,
        known
          ? { ...known, audiences: [...new Set([...known.audiences, ...model.audiences])] }
          : model,
      )
    }
  }
  return { campaigns: [...campaigns.values()], keys }
}
