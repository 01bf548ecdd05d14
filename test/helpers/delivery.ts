import type { Headers } from './accounts'

/** GET a delivery URL as a partner (optionally from a browser origin), body parsed when JSON. */
export const deliveryGet = async (
  baseUrl: string,
  path: string,
  headers: Headers,
): Promise<{ body: unknown; headers: globalThis.Headers; status: number }> => {
  const response = await fetch(`${baseUrl}/api/delivery/${path}`, { headers })
  const text = await response.text()
  const isJson = response.headers.get('content-type')?.includes('application/json')
  return {
    body: isJson && text ? (JSON.parse(text) as unknown) : text,
    headers: response.headers,
    status: response.status,
  }
}

export type ErrorBody = { errors: { message: string }[] }

export const messageOf = (body: unknown): string => (body as ErrorBody).errors[0].message

/** What a campaign's script brings the widget (src/delivery/http/campaignScript.ts). */
export type CampaignScriptPayload = { delivered: null | Record<string, unknown>; words: object }

/** The data a campaign's script wraps the widget's code around, read from its end. */
export const payloadOfScript = (script: string): CampaignScriptPayload => {
  const start = script.lastIndexOf('})({"delivered":')
  if (start < 0 || !script.endsWith(');\n')) throw new Error('not a campaign script')
  return JSON.parse(script.slice(start + 3, -3)) as CampaignScriptPayload
}

/** GET a campaign's script (/embed/{slug}.js?…) as a browser would load it into a page. */
export const campaignScriptGet = async (
  baseUrl: string,
  pathAndQuery: string,
  headers: Headers,
): Promise<{
  headers: globalThis.Headers
  payload: CampaignScriptPayload | null
  status: number
  text: string
}> => {
  const response = await fetch(`${baseUrl}/embed/${pathAndQuery}`, { headers })
  const text = await response.text()
  const isScript = response.status === 200 && text !== ''
  return {
    headers: response.headers,
    payload: isScript ? payloadOfScript(text) : null,
    status: response.status,
    text,
  }
}
