import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { checkRole, staffRoles } from '../../../access/roles'
import { loadFieldCampaigns } from '../../fieldUpload/loadFieldCampaigns'
import { EvaluationPage } from '../EvaluationPage'
import { FieldUploadForm } from './FieldUploadForm'

/** /admin/field-upload: paper-based pre/post answers from workshops, seminars and classrooms. */
export const FieldUploadView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const campaigns =
    req.user && checkRole(req.user, staffRoles)
      ? await loadFieldCampaigns(req.payload, req.user)
      : []
  return (
    <EvaluationPage
      {...props}
      description="Upload the answers of a paper knowledge check: one row per respondent and phase. Rows already uploaded are recognised and not counted twice."
      path="/field-upload"
      title="Field upload"
    >
      <FieldUploadForm campaigns={campaigns} />
    </EvaluationPage>
  )
}
