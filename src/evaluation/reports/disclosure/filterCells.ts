import type { CellRecord } from '../../store/cellRecord'
import type { CellQuery } from '../../store/eventStore'

/** The cells a report's filters select, as the stores' readCells would (days are YYYY-MM-DD). */
export const filterCells = (
  cells: CellRecord[],
  query: Omit<CellQuery, 'campaign'>,
): CellRecord[] =>
  cells.filter(
    (cell) =>
      (query.audience === undefined || cell.audience === query.audience) &&
      (query.channel === undefined || cell.channel === query.channel) &&
      (query.locale === undefined || cell.locale === query.locale) &&
      (query.partner === undefined || cell.partner === query.partner) &&
      (query.from === undefined || cell.day >= query.from) &&
      (query.to === undefined || cell.day <= query.to),
  )
