/** A campaign the evaluator can pick, with what its filters can offer. */
export type ReportCampaignOption = {
  audiences: { name: string; slug: string }[]
  channels: string[]
  locales: string[]
  /** The knowledge check's questions by item key, in the reader's language. */
  questions: Record<string, string>
  slug: string
  title: string
}

export type Option = { label: string; value: string }
