'use client'

import { Link, NavGroup, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

const pages = [
  { label: 'Reports', path: '/reports' },
  { label: 'Data-quality review', path: '/review' },
  { label: 'Field upload', path: '/field-upload' },
]

/** The evaluation pages, grouped in the navigation like Payload's own collection links. */
export const EvaluationNavLinks: React.FC = () => {
  const pathname = usePathname()
  const {
    config: {
      routes: { admin },
    },
  } = useConfig()
  return (
    <NavGroup label="Evaluation">
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
            <span className="nav__link-label">{label}</span>
          </Link>
        )
      })}
    </NavGroup>
  )
}
