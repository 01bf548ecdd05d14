import { describe, expect, it } from 'vitest'

import { passwordProblem } from '../../../src/accounts/passwordPolicy'
import { readEnvironment, weakSecretWarning } from '../../../src/environment'

describe('passwordProblem (NIST SP 800-63B)', () => {
  it('takes long passwords of any characters, passphrases included', () => {
    for (const password of [
      'lantern orbit velvet cedar',
      'Tr0ub4dor&3xx',
      'ساعة رملية زرقاء',
      `${'lantern orbit velvet cedar '.repeat(10)}`.slice(0, 256),
    ]) {
      expect(passwordProblem(password, 'editor@ngo.org'), password).toBeNull()
    }
  })

  it('refuses short, overlong, common, decorated-common, repetitive, sequential and self-named ones', () => {
    expect(passwordProblem('eleven-char')).toMatch(/has 11 characters; use at least 12/)
    expect(passwordProblem('x'.repeat(257))).toMatch(/longer than 256/)
    for (const password of [
      'password1234',
      'Qwertyuiop123',
      'iloveyou2024!',
      '!!Summer2024!!',
      'abcabcabcabc',
      'abcdefghijklm',
      'zyxwvutsrqpon',
      'editor-in-chief',
    ]) {
      expect(passwordProblem(password, 'editor-in-chief@ngo.org'), password).toMatch(
        /attackers try first/,
      )
    }
  })

  it('never repeats the password in its message', () => {
    expect(passwordProblem('password1234')).not.toContain('password1234')
  })
})

/** An environment with only these variables set (Next's types insist on NODE_ENV). */
const only = (
  variables: Record<string, string | undefined>,
  NODE_ENV: 'production' | 'test' = 'test',
) => ({
  NODE_ENV,
  ...variables,
})

describe('account settings', () => {
  it('reads CSRF_TRUSTED_ORIGINS as origins and names the variable when one is not', () => {
    expect(
      readEnvironment(
        only({ CSRF_TRUSTED_ORIGINS: 'https://aware.ngo.org, http://localhost:3000/' }),
      ).csrfTrustedOrigins,
    ).toEqual(['https://aware.ngo.org', 'http://localhost:3000'])
    expect(() =>
      readEnvironment(only({ CSRF_TRUSTED_ORIGINS: 'https://aware.ngo.org/admin' })),
    ).toThrow(/CSRF_TRUSTED_ORIGINS must list origins/)
  })

  it('warns of a missing, default, short or repetitive secret outside production only', () => {
    for (const secret of [
      undefined,
      'aware-development-secret-change-me',
      'short',
      'ab'.repeat(20),
    ]) {
      expect(weakSecretWarning(only({ PAYLOAD_SECRET: secret })), secret).toMatch(
        /^Warning: PAYLOAD_SECRET/,
      )
    }
    expect(
      weakSecretWarning(only({ PAYLOAD_SECRET: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b' })),
    ).toBeUndefined()
    expect(weakSecretWarning(only({ PAYLOAD_SECRET: 'short' }, 'production'))).toBeUndefined()
  })
})
