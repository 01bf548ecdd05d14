import type { TextField } from 'payload'

/** Characters the IATI Standard forbids in an activity identifier (iati-identifier rules). */
const FORBIDDEN = /[\s/&|?]/

/**
 * The campaign's IATI activity identifier, as the organisation registered or will publish it:
 * Aware cannot make one up. The IATI export of the report refuses, saying so, until it is set.
 */
export const iatiIdentifierField: TextField = {
  name: 'iatiIdentifier',
  type: 'text',
  admin: {
    description:
      'For the IATI export of the report: the reporting organisation identifier, a hyphen, your own id for this campaign (e.g. GB-CHC-1234567-PERU-2026).',
    position: 'sidebar',
  },
  label: 'IATI activity identifier',
  maxLength: 200,
  validate: (value: null | string | undefined) =>
    !value || !FORBIDDEN.test(value)
      ? true
      : 'An IATI activity identifier has no spaces, /, &, | or ?.',
}
