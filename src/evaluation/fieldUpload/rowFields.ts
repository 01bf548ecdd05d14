import type { AssessmentPhase } from '../events/wireEvent'

import { channelValues } from '../../domain/channels'
import { channelNamed, localeListing, localeNamed } from './namedValues'

/** A cell read into a value, or the reason it cannot be. */
export type Read<T> = { error: string } | { value: T }

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
/** Seven or more digits and nothing else, or nine in a row: a phone number, not a code. */
const looksLikePhone = (code: string) =>
  /^\d{7,}$/.test(code.replace(/[_-]/g, '')) || /\d{9,}/.test(code)

/**
 * Respondent codes are written on the paper sheet (e.g. IQT-0317-A-042). Upper-casing them lets a
 * code copied as "iqt-0317-a-042" still pair with its other phase. Digits alone, or a long run of
 * them, are refused: far more likely a phone number than a code.
 */
/** How a refused respondent code's reason begins (never with the cell itself). */
export const RESPONDENT_REFUSAL = 'respondent: not a respondent code'

export const readRespondent = (cell: string): Read<string> => {
  if (cell === '') return { error: 'respondent: missing; give the code written on the sheet' }
  if (!CODE_PATTERN.test(cell) || looksLikePhone(cell)) {
    return {
      error:
        `${RESPONDENT_REFUSAL} (letters, digits, "-" or "_", at most 64, ` +
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

/** A channel by value or label, in any case: "Workshop" is workshop. */
export const readChannel = (cell: string): Read<string> => {
  const channel = channelNamed(cell)
  return channel
    ? { value: channel }
    : { error: `channel: "${cell}" is not one of ${channelValues.join(', ')}` }
}

/** A language by code, its own name or its English name, in any case: "Arabic" is ar. */
export const readLocale = (cell: string): Read<string> => {
  const locale = localeNamed(cell)
  return locale
    ? { value: locale }
    : { error: `locale: "${cell}" is not one of ${localeListing().join(', ')}` }
}
