import type { Headers } from './accounts'
import type { KnowledgeCheck } from './evaluation'

export type UploadAnswer = { body: unknown; status: number }

/** POSTs a CSV to /api/events/import, as the raw body or as the admin form's multipart field. */
export const uploadCsv = async (
  baseUrl: string,
  headers: Headers,
  csv: string,
  as: 'csv' | 'multipart' = 'csv',
): Promise<UploadAnswer> => {
  let body: FormData | string = csv
  const requestHeaders: Headers = { ...headers }
  if (as === 'multipart') {
    body = new FormData()
    body.append('file', new Blob([csv], { type: 'text/csv' }), 'session.csv')
  } else {
    requestHeaders['Content-Type'] = 'text/csv'
  }
  const response = await fetch(`${baseUrl}/api/events/import`, {
    body,
    headers: requestHeaders,
    method: 'POST',
  })
  const text = await response.text()
  return { body: text ? (JSON.parse(text) as unknown) : null, status: response.status }
}

/** A sheet row: the fixed columns, then one answer per item of the check (in its order). */
export const sheetRow = (
  fixed: {
    audience: string
    campaign: string
    channel: string
    consent: string
    date: string
    locale: string
    phase: string
    respondent: string
    revision: number | string
  },
  answers: string[],
): string =>
  [
    fixed.respondent,
    fixed.campaign,
    fixed.audience,
    fixed.channel,
    fixed.locale,
    fixed.phase,
    fixed.date,
    fixed.consent,
    fixed.revision,
    ...answers,
  ].join(',')

/** Answers with exactly `right` items correct, the first wrong choice elsewhere. */
export const sheetAnswers = (check: KnowledgeCheck, rightCount: number): string[] =>
  check.items.map((item, index) =>
    index < rightCount ? item.correct[0] : item.choices.find((c) => !item.correct.includes(c))!,
  )

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** POSTs any file to /api/events/import as the admin's form does, with an optional date order. */
export const uploadFile = async (
  baseUrl: string,
  headers: Headers,
  file: { bytes: Uint8Array; name: string; type: string },
  dates?: string,
): Promise<UploadAnswer> => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  if (dates) body.append('dates', dates)
  const response = await fetch(`${baseUrl}/api/events/import`, { body, headers, method: 'POST' })
  const text = await response.text()
  return { body: text ? (JSON.parse(text) as unknown) : null, status: response.status }
}
