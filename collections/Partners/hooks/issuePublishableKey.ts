import type { CollectionBeforeChangeHook } from 'payload'

import type { Partner } from '../../../src/payload-types'

import { newPublishableKey } from '../../../src/partners/publishableKey'

/**
 * Every partner has a publishable key: made when the partner is created (or saved without one),
 * and made anew when an administrator asks to replace it, which stops the old one at once.
 */
export const issuePublishableKey: CollectionBeforeChangeHook<Partner> = ({ data, originalDoc }) => {
  const replace = data.replacePublishableKey === true
  const current = data.publishableKey ?? originalDoc?.publishableKey
  return {
    ...data,
    publishableKey: replace || !current ? newPublishableKey() : current,
    replacePublishableKey: false,
  }
}
