/** The evaluation's own collections; tests and the stores use these instead of repeating strings. */
export const EVENTS_SLUG = 'evaluation-events'
export const SUBMISSIONS_SLUG = 'evaluation-submissions'
export const CELLS_SLUG = 'evaluation-cells'
export const OUTBOX_SLUG = 'evaluation-outbox'
