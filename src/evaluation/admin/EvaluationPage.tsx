import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { checkRole, staffRoles } from '../../access/roles'
import { awareT } from '../../admin/i18n/awareT'
import './evaluationAdmin.scss'

type EvaluationPageProps = AdminViewServerProps & {
  children: React.ReactNode
  description: string
  /** Where the page lives under the admin route, to come back to after signing in. */
  path: string
  title: string
}

/**
 * The frame of an evaluation page: Payload's default template (navigation, header), a title and
 * a one-line description. Custom views are public unless they check: signed-out visitors go to
 * the login, and only staff see the page.
 */
export const EvaluationPage = ({
  children,
  description,
  initPageResult,
  params,
  path,
  searchParams,
  title,
}: EvaluationPageProps) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user)
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
  const allowed = checkRole(req.user, staffRoles)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter className="aware-evaluation">
        <h1 className="aware-evaluation__title">{title}</h1>
        <p className="aware-evaluation__description">{description}</p>
        {allowed ? children : <p role="alert">{awareT(req.i18n)('aware:staffOnly')}</p>}
      </Gutter>
    </DefaultTemplate>
  )
}
