import type { TextField } from 'payload'

import { inEveryLanguage } from '../../../src/admin/i18n/translations'

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
    description: inEveryLanguage('fieldIatiIdentifierDescription'),
    position: 'sidebar',
  },
  label: inEveryLanguage('fieldIatiIdentifier'),
  maxLength: 200,
  validate: (value: null | string | undefined) =>
    !value || !FORBIDDEN.test(value)
      ? true
      : 'An IATI activity identifier has no spaces, /, &, | or ?.',
}
