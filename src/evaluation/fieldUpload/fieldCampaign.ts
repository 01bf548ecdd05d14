/** What validating a field-upload row needs to know of a campaign. */
export type FieldCampaign = {
  assessment: null | {
    id: number | string
    items: { choices: string[]; key: string }[]
    /** The current answer-key revision: a row cannot name a later one. */
    revision: number
    slug: string
  }
  audiences: string[]
  id: number | string
  slug: string
}

/** Finds a campaign by slug or id, as the CSV's campaign column may give either. */
export type FieldCampaignLookup = {
  find: (idOrSlug: string) => FieldCampaign | undefined
  /** Slugs to suggest when a row names an unknown campaign. */
  slugs: () => string[]
}

export const lookupOf = (campaigns: readonly FieldCampaign[]): FieldCampaignLookup => ({
  find: (idOrSlug) => {
    const wanted = idOrSlug.toLowerCase()
    return campaigns.find(
      (campaign) => campaign.slug === wanted || String(campaign.id) === idOrSlug,
    )
  },
  slugs: () => campaigns.map((campaign) => campaign.slug),
})
