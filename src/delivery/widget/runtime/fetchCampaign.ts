import type { Campaign, WidgetConfig } from './types'

/** GET /api/delivery/campaigns/:slug; the browser's cache revalidates it with If-None-Match. */
export const fetchCampaign = async (config: WidgetConfig): Promise<Campaign> => {
  const query = new URLSearchParams({ locale: config.locale })
  if (config.audience) query.set('audience', config.audience)
  const response = config.preview
    ? // A draft, read with the editor's session (Live Preview) or the link's signature.
      await fetch(config.preview, { cache: 'no-store', credentials: 'same-origin' })
    : await fetch(
        `${config.apiBase}/api/delivery/campaigns/${encodeURIComponent(config.campaign)}?${query}`,
        { credentials: 'omit', headers: { Authorization: `partners API-Key ${config.key}` } },
      )
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message: string }[]
    } | null
    throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
  }
  return (await response.json()) as Campaign
}
