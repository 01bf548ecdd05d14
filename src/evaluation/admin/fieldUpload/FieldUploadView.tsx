import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { checkRole, staffRoles } from '../../../access/roles'
import { awareT } from '../../../admin/i18n/awareT'
import { loadFieldCampaigns } from '../../fieldUpload/loadFieldCampaigns'
import { EvaluationPage } from '../EvaluationPage'
import { FieldUploadForm } from './FieldUploadForm'

/** /admin/field-upload: paper-based pre/post answers from workshops, seminars and classrooms. */
export const FieldUploadView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const t = awareT(req.i18n)
  const campaigns =
    req.user && checkRole(req.user, staffRoles)
      ? await loadFieldCampaigns(req.payload, req.user)
      : []
  return (
    <EvaluationPage
      {...props}
      description={t('aware:uploadDescription')}
      path="/field-upload"
      title={t('aware:navFieldUpload')}
    >
      <FieldUploadForm campaigns={campaigns} />
    </EvaluationPage>
  )
}
