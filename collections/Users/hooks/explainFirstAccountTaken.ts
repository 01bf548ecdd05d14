import type { CollectionAfterErrorHook } from 'payload'

import { ValidationError } from 'payload'

/**
 * A first registration that lost the race (assignFirstUserAdmin.ts) fails on the unique
 * `firstAccount` column: answer as Payload does when the first account already exists, with
 * words for the person at the form rather than a field they never saw.
 */
export const explainFirstAccountTaken: CollectionAfterErrorHook = ({ error, req }) => {
  // SQL adapters name the column; MongoDB servers do not always say which index refused it.
  const onFirstAccount =
    error instanceof ValidationError &&
    (error.data.errors.some((fieldError) => fieldError.path === 'firstAccount') ||
      (req.pathname.endsWith('/first-register') &&
        error.data.errors.every((fieldError) => /unique/i.test(fieldError.message))))
  if (!onFirstAccount) return
  return {
    response: {
      errors: [
        {
          message:
            'The first account already exists. Sign in, or ask its administrator for an account.',
        },
      ],
    },
    status: 403,
  }
}
