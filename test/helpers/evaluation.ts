import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { BatchResult, WireEvent } from '../../src/evaluation/events/wireEvent'
import type { Headers } from './accounts'

export type Posted = { body: unknown; headers: globalThis.Headers; status: number }

/** POSTs a body to /api/events as JSON (or as given) and parses the answer. */
export const postEvents = async (
  baseUrl: string,
  headers: Headers,
  body: unknown,
  contentType = 'application/json',
): Promise<Posted> => {
  const response = await fetch(`${baseUrl}/api/events`, {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { ...headers, 'Content-Type': contentType },
    method: 'POST',
  })
  const text = await response.text()
  const isJson = response.headers.get('content-type')?.includes('application/json')
  return {
    body: isJson && text ? (JSON.parse(text) as unknown) : text,
    headers: response.headers,
    status: response.status,
  }
}

/** POSTs a batch and insists on a 200, returning the batch result. */
export const sendBatch = async (
  baseUrl: string,
  headers: Headers,
  events: unknown[],
): Promise<BatchResult> => {
  const posted = await postEvents(baseUrl, headers, { events })
  if (posted.status !== 200) {
    throw new Error(`POST /api/events answered ${posted.status}: ${JSON.stringify(posted.body)}`)
  }
  return posted.body as BatchResult
}

/** A valid impression; override anything. */
export const anEvent = (overrides: Partial<WireEvent> = {}): WireEvent => ({
  audience: 'tourists',
  campaign: 'peru-loreto-child-protection',
  channel: 'web',
  consent: true,
  id: randomUUID(),
  locale: 'es',
  occurredAt: new Date().toISOString(),
  respondent: `r-${randomUUID()}`,
  type: 'impression',
  ...overrides,
})

export type KnowledgeCheck = {
  /** The assessment's id as the database has it (a number in SQL, a string in MongoDB). */
  documentId: number
  id: string
  items: { choices: string[]; correct: string[]; key: string }[]
  revision: number
  slug: string
}

/** The knowledge check of a campaign with its answer key, as the server scores it. */
export const knowledgeCheckOf = async (
  payload: Payload,
  campaignSlug: string,
): Promise<KnowledgeCheck> => {
  const { docs } = await payload.find({
    collection: 'campaigns',
    depth: 1,
    overrideAccess: true,
    where: { slug: { equals: campaignSlug } },
  })
  const check = docs[0]?.knowledgeCheck
  if (!check || typeof check !== 'object') throw new Error(`${campaignSlug} has no knowledge check`)
  return {
    documentId: check.id,
    id: String(check.id),
    items: check.items.map((item) => ({
      choices: item.choices.map((choice) => choice.key),
      correct: item.choices.filter((choice) => choice.correct).map((choice) => choice.key),
      key: item.key,
    })),
    revision: check.revision ?? 1,
    slug: check.slug,
  }
}

/** Answers that get exactly the items in `right` correct (the first wrong choice otherwise). */
export const answersFor = (check: KnowledgeCheck, right: Set<string>): Record<string, string> =>
  Object.fromEntries(
    check.items.map((item) => [
      item.key,
      right.has(item.key) ? item.correct[0] : item.choices.find((c) => !item.correct.includes(c))!,
    ]),
  )
