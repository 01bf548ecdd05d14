import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * Passwords as NIST SP 800-63B (§3.1.1.2) asks: at least 12 characters (15 is its figure for
 * single-factor passwords, 8 its floor; 12 is what OWASP's ASVS asks), up to 256 so that a
 * passphrase always fits, any characters, no composition rules, and never a password attackers
 * try first. The list is the "common passwords" dictionary of zxcvbn-ts (49,000 passwords ranked
 * from leaked sets, MIT, maintained with the zxcvbn-ts estimator): only the list is used, as a
 * blocklist, not the estimator's score.
 */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

const commonPasswords = new Set(dictionary['passwords-common'])

/** "Summer2024!" and "iloveyou1234" are a common password with digits or symbols around it. */
const coreOf = (password: string) => password.replace(/^[\d\W_]+|[\d\W_]+$/gu, '')

const isRepetitive = (password: string) => /^(.{1,4})\1+$/u.test(password)

/** abcdefghijkl, 123456789012, zyxwvutsrqpo: every character one code point from the last. */
const isSequence = (password: string) => {
  const codes = [...password].map((character) => character.codePointAt(0) ?? 0)
  const step = codes[1] - codes[0]
  return (
    Math.abs(step) === 1 &&
    codes.every((code, index) => index === 0 || code - codes[index - 1] === step)
  )
}

const ADVICE = 'A few unrelated words make a good one, e.g. "lantern orbit velvet cedar".'

/**
 * What is wrong with a password, in words an editor can act on, or null when it will do. Context
 * words (the account's email address or its name part) count as common too. The password itself
 * is never repeated in the message.
 */
export const passwordProblem = (password: string, email?: string): null | string => {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return `The password has ${length} characters; use at least ${MIN_PASSWORD_LENGTH}. ${ADVICE}`
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `The password is longer than ${MAX_PASSWORD_LENGTH} characters; use a shorter one.`
  }
  const normalized = password.normalize('NFKC').toLowerCase()
  const context = email ? [email.toLowerCase(), email.toLowerCase().split('@')[0]] : []
  const core = coreOf(normalized)
  if (
    commonPasswords.has(normalized) ||
    commonPasswords.has(core) ||
    context.includes(normalized) ||
    context.includes(core) ||
    isRepetitive(normalized) ||
    isSequence(normalized)
  ) {
    return `This password is one that attackers try first (a common password, a repetition, a sequence or your email address). Choose another. ${ADVICE}`
  }
  return null
}
