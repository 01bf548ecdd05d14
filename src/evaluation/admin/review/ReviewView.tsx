import type { AdminViewServerProps } from 'payload'

import React from 'react'

import { canReviewSubmissions } from '../../../access/canReviewSubmissions'
import { awareT } from '../../../admin/i18n/awareT'
import { EvaluationPage } from '../EvaluationPage'
import { ReviewQueue } from './ReviewQueue'

/** /admin/review: flagged knowledge-check submissions, approved or excluded by an evaluator. */
export const ReviewView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const t = awareT(req.i18n)
  const allowed = Boolean(req.user && canReviewSubmissions(req.user))
  const [campaigns, partners] = allowed
    ? await Promise.all([
        req.payload.find({
          collection: 'campaigns',
          depth: 0,
          draft: true,
          limit: 0,
          overrideAccess: false,
          pagination: false,
          select: { slug: true, title: true },
          sort: 'title',
          user: req.user,
        }),
        req.payload.find({
          collection: 'partners',
          depth: 0,
          limit: 0,
          overrideAccess: false,
          pagination: false,
          select: { organisation: true },
          user: req.user,
        }),
      ])
    : [{ docs: [] }, { docs: [] }]
  return (
    <EvaluationPage
      {...props}
      description={t('aware:queueDescription')}
      path="/review"
      title={t('aware:queueTitle')}
    >
      {allowed ? (
        <ReviewQueue
          campaigns={campaigns.docs.map((campaign) => ({
            label: campaign.title,
            value: campaign.slug,
          }))}
          partners={Object.fromEntries(
            partners.docs.map((partner) => [String(partner.id), partner.organisation]),
          )}
        />
      ) : (
        <p role="alert">{t('aware:queueNotAllowed')}</p>
      )}
    </EvaluationPage>
  )
}
