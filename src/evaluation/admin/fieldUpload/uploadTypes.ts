/** The answer of POST /api/events/import. */
export type FieldUploadResult = {
  duplicates: number
  imported: number
  rejected: { errors: string[]; row: number }[]
  /** The rejected rows as uploaded, with a reason column: to fix and upload again. */
  rejectedCsv?: string
}

/** What the upload page shows of a campaign: enough to fill in and check a sheet. */
export type UploadCampaign = {
  assessment: null | { items: { choices: string[]; key: string }[]; revision: number }
  audiences: string[]
  slug: string
  title: string
}
