'use client'

import type { SelectFieldClientComponent } from 'payload'

import { SelectField, useAuth } from '@payloadcms/ui'
import React from 'react'

/**
 * The role select, except on the create-first-user form (nobody is signed in yet): the first
 * account always becomes an administrator, so that form says so instead of offering "Editor".
 */
export const RoleField: SelectFieldClientComponent = (props) => {
  const { user } = useAuth()
  if (user) return <SelectField {...props} />
  return (
    <div className="field-type aware-first-role">
      <span className="field-label">Role</span>
      <p>
        <strong>Administrator</strong>: the first account manages the installation and invites
        editors, reviewers and evaluators.
      </p>
    </div>
  )
}
