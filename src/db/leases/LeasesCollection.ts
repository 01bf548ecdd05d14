import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/adminOnly'
import { nobody } from '../../access/nobody'

export const LEASES_SLUG = 'leases'

/**
 * Who may do a piece of work that must run once across instances, until when: one row per piece
 * of work, taken and given back with one conditional write (see leases.ts). `failures` counts the
 * attempts in a row that failed, and an `expiresAt` in the future with no holder is a back-off.
 */
export const Leases: CollectionConfig = {
  slug: LEASES_SLUG,
  access: { create: nobody, delete: nobody, read: adminOnly, update: nobody },
  admin: { group: 'Settings', hidden: true },
  fields: [
    { name: 'id', type: 'text', admin: { description: 'What the lease is for.' }, required: true },
    { name: 'holder', type: 'text' },
    { name: 'expiresAt', type: 'date', required: true },
    { name: 'failures', type: 'number', required: true },
  ],
  timestamps: false,
}
