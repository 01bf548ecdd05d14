import type { CellCoordinates, CellSite } from './records'

/**
 * The unique key of a tally row. A partner-less cell needs a key too, and SQL unique indexes
 * treat NULLs as distinct, so the coordinates are joined into one text column instead; held
 * submissions (flagged or excluded) are tallied apart, in rows of their own.
 */
export const cellKeyOf = (cell: CellSite): string =>
  [
    cell.campaign,
    cell.audience,
    cell.channel,
    cell.locale,
    cell.partner ?? '',
    cell.day,
    cell.inclusion,
  ].join('|')

export const coordinatesOf = <T extends CellCoordinates>(record: T): CellCoordinates => ({
  audience: record.audience,
  campaign: record.campaign,
  channel: record.channel,
  day: record.day,
  locale: record.locale,
  partner: record.partner,
})

export const siteOf = <T extends CellCoordinates>(
  record: T,
  inclusion: CellSite['inclusion'],
): CellSite => ({ ...coordinatesOf(record), inclusion })
