import type { Answers } from '../../../evaluation/events/wireEvent'

import { readStored, writeStored } from './storage'
import { uuid } from './uuid'

/**
 * The respondent id is random, made here, and kept only in the partner site's storage, so the
 * same person's before and after answers pair up. Without consent nothing is stored: the id
 * lives for this page view and only counts an impression.
 */
export const respondentId = (consent: boolean): string => {
  if (!consent) return uuid()
  const stored = readStored<null | string>('respondent', null)
  if (stored) return stored
  const made = uuid()
  writeStored('respondent', made)
  return made
}

/** What a respondent has done in one campaign, so a reload does not ask again. */
export type Progress = {
  consent: boolean | null
  /** The follow-up was offered and declined: it is not offered again. */
  followupDeclined?: true
  phases: string[]
  /** When the post check was answered (ms since 1970), from which the follow-up falls due. */
  postAt?: number
  /**
   * The pre check's answers, only until the post check's result has shown the respondent their
   * own before → after: they never leave the device again, and are dropped then.
   */
  pre?: Answers
}

export const readProgress = (campaign: string): Progress =>
  readStored<Progress>(`progress:${campaign}`, { consent: null, phases: [] })

export const writeProgress = (campaign: string, progress: Progress): void =>
  writeStored(`progress:${campaign}`, progress)
