import type { CellCoordinates } from './records'

/**
 * The unique key of a tally row. A partner-less cell needs a key too, and SQL unique indexes
 * treat NULLs as distinct, so the six coordinates are joined into one text column instead.
 */
export const cellKeyOf = (cell: CellCoordinates): string =>
  [cell.campaign, cell.audience, cell.channel, cell.locale, cell.partner ?? '', cell.day].join('|')

export const coordinatesOf = <T extends CellCoordinates>(record: T): CellCoordinates => ({
  audience: record.audience,
  campaign: record.campaign,
  channel: record.channel,
  day: record.day,
  locale: record.locale,
  partner: record.partner,
})
