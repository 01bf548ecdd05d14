'use client'

import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'

const pages = [
  { label: 'aware:navReports', path: '/reports' },
  { label: 'aware:navReview', path: '/review' },
  { label: 'aware:navFieldUpload', path: '/field-upload' },
] as const

/** The evaluation pages, grouped in the navigation like Payload's own collection links. */
export const EvaluationNavLinks: React.FC = () => {
  const { t } = useAwareTranslation()
  const pathname = usePathname()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  return (
    <NavGroup label={t('aware:navEvaluation')}>
      {pages.map(({ label, path }) => {
        const href = `${admin}${path}`
        const active = pathname === href
        return (
          <Link
            aria-current={active ? 'page' : undefined}
            className="nav__link"
            href={href}
            id={`nav-evaluation${path.replace('/', '-')}`}
            key={path}
            prefetch={false}
          >
            {active && <div className="nav__link-indicator" />}
            <span className="nav__link-label">{t(label)}</span>
          </Link>
        )
      })}
    </NavGroup>
  )
}
