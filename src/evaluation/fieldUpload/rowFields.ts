import type { AssessmentPhase } from '../events/wireEvent'

import { channelValues, isChannel } from '../../domain/channels'
import { isLocaleCode, localeCodes } from '../../domain/locales'

/** A cell read into a value, or the reason it cannot be. */
export type Read<T> = { error: string } | { value: T }

const DAY_MS = 86_400_000
const EARLIEST_DATE = '2000-01-01'

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
/** Seven or more digits and nothing else, or nine in a row: a phone number, not a code. */
const looksLikePhone = (code: string) =>
  /^\d{7,}$/.test(code.replace(/[_-]/g, '')) || /\d{9,}/.test(code)

/**
 * Respondent codes are written on the paper sheet (e.g. IQT-0317-A-042). Upper-casing them lets a
 * code copied as "iqt-0317-a-042" still pair with its other phase. Digits alone, or a long run of
 * them, are refused: far more likely a phone number than a code.
 */
export const readRespondent = (cell: string): Read<string> => {
  if (cell === '') return { error: 'respondent: missing; give the code written on the sheet' }
  if (!CODE_PATTERN.test(cell) || looksLikePhone(cell)) {
    return {
      error:
        'respondent: not a respondent code (letters, digits, "-" or "_", at most 64, ' +
        'no spaces, not a phone number); never a name, email address or phone number',
    }
  }
  return { value: cell.toUpperCase() }
}

const phases: Record<string, AssessmentPhase> = {
  'follow-up': 'followup',
  followup: 'followup',
  post: 'post',
  pre: 'pre',
}

export const readPhase = (cell: string): Read<AssessmentPhase> => {
  const phase = phases[cell.toLowerCase()]
  return phase ? { value: phase } : { error: `phase: "${cell}" is not pre, post or followup` }
}

/**
 * A date alone becomes noon UTC, which is the same calendar day in every inhabited time zone but
 * two; a full ISO date-time is kept as given.
 */
export const readDate = (cell: string, now: Date): Read<string> => {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(cell)
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(cell)
  const parsed = dateOnly ? new Date(`${cell}T12:00:00.000Z`) : dateTime ? new Date(cell) : null
  const sameDay = dateOnly && parsed?.toISOString().slice(0, 10) === cell
  if (!parsed || Number.isNaN(parsed.getTime()) || (dateOnly && !sameDay)) {
    return { error: `date: "${cell}" is not a date written YYYY-MM-DD (e.g. 2026-03-14)` }
  }
  if (parsed.getTime() > now.getTime() + DAY_MS) {
    return { error: `date: ${cell} is in the future` }
  }
  if (parsed.toISOString() < EARLIEST_DATE) return { error: `date: ${cell} is before 2000` }
  return { value: parsed.toISOString() }
}

const consentWords: Record<string, boolean> = {
  '0': false,
  '1': true,
  false: false,
  n: false,
  no: false,
  true: true,
  y: true,
  yes: true,
}

export const readConsent = (cell: string): Read<boolean> => {
  const consent = consentWords[cell.toLowerCase()]
  return consent === undefined
    ? { error: `consent: "${cell}" is not yes or no` }
    : { value: consent }
}

export const readRevision = (cell: string, current: number): Read<number> => {
  const revision = Number(cell)
  if (cell === '' || !Number.isInteger(revision) || revision < 1) {
    return {
      error: `revision: "${cell}" is not a revision number; it is printed on the knowledge check (now ${current})`,
    }
  }
  if (revision > current) {
    return {
      error: `revision: the knowledge check is at revision ${current}; ${revision} does not exist yet`,
    }
  }
  return { value: revision }
}

export const readChannel = (cell: string): Read<string> =>
  isChannel(cell)
    ? { value: cell }
    : { error: `channel: "${cell}" is not one of ${channelValues.join(', ')}` }

export const readLocale = (cell: string): Read<string> =>
  isLocaleCode(cell)
    ? { value: cell }
    : { error: `locale: "${cell}" is not one of ${localeCodes.join(', ')}` }
