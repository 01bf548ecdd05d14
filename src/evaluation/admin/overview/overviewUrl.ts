export const OVERVIEW_API = '/api/reports/overview'

/** Where /admin/reports links for one campaign: its own report, with filters. */
export const campaignViewUrl = (adminRoute: string, slug: string, audience?: null | string) =>
  `${adminRoute}/reports?campaign=${encodeURIComponent(slug)}${
    audience ? `&audience=${encodeURIComponent(audience)}` : ''
  }`

/** The overview endpoint's URL for a page (and the reader's k, when raised). */
export const overviewUrl = ({ k, limit, page }: { k?: string; limit?: number; page: number }) => {
  const query = new URLSearchParams()
  if (page !== 1) query.set('page', String(page))
  if (limit !== undefined) query.set('limit', String(limit))
  if (k) query.set('k', k)
  const search = query.toString()
  return `${OVERVIEW_API}${search ? `?${search}` : ''}`
}
