'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import React, { useState } from 'react'

import { locales } from '../../domain/locales'
import './editorial.scss'

type CreatedLink = { expiresAt: string; locale: string; path: string }

const durations = [
  { hours: 24, label: '1 day' },
  { hours: 72, label: '3 days' },
  { hours: 168, label: '1 week' },
  { hours: 720, label: '30 days' },
]

/**
 * “Preview link”: a signed link to the draft as it reads now, in one language, that someone
 * without an account (a partner) can open until it expires. Later edits do not reach it.
 */
export const PreviewLinkPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const current = useLocale()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [locale, setLocale] = useState<string>(current?.code ?? 'en')
  const [hours, setHours] = useState(72)
  const [link, setLink] = useState<CreatedLink | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const [copied, setCopied] = useState(false)
  if (id === undefined || id === null) return null

  const create = async () => {
    setBusy(true)
    setCopied(false)
    try {
      const response = await fetch(`${serverURL}${api}/campaigns/${id}/preview-links`, {
        body: JSON.stringify({ expiresInHours: hours, locale }),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const body = (await response.json().catch(() => null)) as
        (CreatedLink & { errors?: { message: string }[] }) | null
      if (!response.ok || !body) {
        setLink(null)
        setError(body?.errors?.[0]?.message ?? `HTTP ${response.status}`)
        return
      }
      setError(null)
      setLink(body)
    } finally {
      setBusy(false)
    }
  }
  const url = link ? new URL(link.path, window.location.origin).href : ''

  return (
    <section aria-labelledby="aware-preview-link-title" className="aware-preview-link">
      <h3 id="aware-preview-link-title">Preview link</h3>
      <p className="aware-preview-link__hint">
        For a partner without an account: the draft as it reads now, in one language. Later edits do
        not change it.
      </p>
      <div className="aware-preview-link__options">
        <label>
          Language{' '}
          <select onChange={(event) => setLocale(event.target.value)} value={locale}>
            {locales.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Works for{' '}
          <select onChange={(event) => setHours(Number(event.target.value))} value={hours}>
            {durations.map((entry) => (
              <option key={entry.hours} value={entry.hours}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button
        className="btn btn--style-secondary btn--size-small"
        disabled={busy}
        onClick={() => void create()}
        type="button"
      >
        Create preview link
      </button>
      {error && (
        <p className="aware-preview-link__error" role="alert">
          {error}
        </p>
      )}
      {link && (
        <div className="aware-preview-link__result">
          <label>
            Link
            <input onFocus={(event) => event.target.select()} readOnly value={url} />
          </label>
          <button
            className="btn btn--style-secondary btn--size-small"
            onClick={() =>
              void navigator.clipboard?.writeText(url).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
            type="button"
          >
            {copied ? 'Copied' : 'Copy link'}
          </button>
          <p>Works until {new Date(link.expiresAt).toLocaleString()}.</p>
        </div>
      )}
    </section>
  )
}
