/** How a knowledge check lays out its questions: all in one form, or one question per screen. */
export const questionModes = ['all-at-once', 'one-per-screen'] as const

export type QuestionMode = (typeof questionModes)[number]

/**
 * Below this width (CSS px) of the widget's own box, the default is one question per screen:
 * every phone held upright (360–430 px) and a narrow sidebar, where a five-question form is
 * several screens of scrolling; the same 30rem at which the styles switch to full-width buttons.
 */
export const NARROW_CONTAINER_PX = 480

export const isQuestionMode = (value: unknown): value is QuestionMode =>
  (questionModes as readonly unknown[]).includes(value)

/** The partner's choice (data-questions) when it gave one, else chosen by the container's width. */
export const questionModeFor = (
  chosen: null | QuestionMode,
  containerWidth: number,
): QuestionMode =>
  chosen ?? (containerWidth < NARROW_CONTAINER_PX ? 'one-per-screen' : 'all-at-once')
