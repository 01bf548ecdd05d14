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
export type Progress = { consent: boolean | null; phases: string[] }

export const readProgress = (campaign: string): Progress =>
  readStored<Progress>(`progress:${campaign}`, { consent: null, phases: [] })

export const writeProgress = (campaign: string, progress: Progress): void =>
  writeStored(`progress:${campaign}`, progress)
