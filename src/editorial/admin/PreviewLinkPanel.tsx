'use client'

import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { AwareKey } from '../../admin/i18n/strings/en'

import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'
import { locales } from '../../domain/locales'
import './editorial.scss'

type CreatedLink = { expiresAt: string; id: string; locale: string; path: string }
type WorkingLink = { createdBy: string; expiresAt: string; id: string; locale: string }
type Answer = { errors?: { message: string }[] } | null

const durations: { hours: number; label: AwareKey }[] = [
  { hours: 24, label: 'previewLinkOneDay' },
  { hours: 72, label: 'previewLinkThreeDays' },
  { hours: 168, label: 'previewLinkOneWeek' },
  { hours: 720, label: 'previewLinkThirtyDays' },
]

const labelOf = (code: string) => locales.find((entry) => entry.code === code)?.label ?? code

/**
 * “Preview link”: a signed link to the draft as it reads now, in one language, that someone
 * without an account (a partner) can open until it expires or an editor revokes it. Later edits
 * do not reach it. The links that still work are listed, each with its own “Revoke”.
 */
export const PreviewLinkPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const current = useLocale()
  const { i18n, t } = useAwareTranslation()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [locale, setLocale] = useState<string>(current?.code ?? 'en')
  const [hours, setHours] = useState(72)
  const [link, setLink] = useState<CreatedLink | null>(null)
  const [working, setWorking] = useState<WorkingLink[]>([])
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const [copied, setCopied] = useState(false)
  const [notice, setNotice] = useState<null | string>(null)
  const base = id === undefined || id === null ? null : `${serverURL}${api}/campaigns/${id}`
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    )

  const send = useCallback(
    async (method: 'DELETE' | 'GET' | 'POST', path: string, body?: object) => {
      const response = await fetch(`${base}/${path}`, {
        body: body ? JSON.stringify(body) : undefined,
        credentials: 'include',
        headers: body ? { 'Content-Type': 'application/json' } : undefined,
        method,
      })
      const answer = (await response.json().catch(() => null)) as Answer & Record<string, unknown>
      if (!response.ok || !answer) {
        throw new Error(answer?.errors?.[0]?.message ?? `HTTP ${response.status}`)
      }
      return answer
    },
    [base],
  )
  const refresh = useCallback(async () => {
    if (!base) return
    const answer = await send('GET', 'preview-links').catch((caught: Error) => {
      setError(caught.message)
      return null
    })
    if (answer) setWorking(answer.links as WorkingLink[])
  }, [base, send])
  useEffect(() => {
    void refresh()
  }, [refresh])
  if (!base) return null

  const act = async (work: () => Promise<void>) => {
    setBusy(true)
    setNotice(null)
    try {
      await work()
      setError(null)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
      await refresh()
    }
  }
  const create = () =>
    act(async () => {
      setCopied(false)
      setLink(null)
      setLink(
        (await send('POST', 'preview-links', {
          expiresInHours: hours,
          locale,
        })) as unknown as CreatedLink,
      )
    })
  const revoke = (target: null | string) =>
    act(async () => {
      await send('DELETE', target ? `preview-links/${target}` : 'preview-links')
      if (!target || target === link?.id) setLink(null)
      setNotice(t('aware:previewLinkRevoked'))
    })
  const url = link ? new URL(link.path, window.location.origin).href : ''

  return (
    <section aria-labelledby="aware-preview-link-title" className="aware-preview-link">
      <h3 id="aware-preview-link-title">{t('aware:previewLinkTitle')}</h3>
      <p className="aware-preview-link__hint">{t('aware:previewLinkHint')}</p>
      <div className="aware-preview-link__options">
        <label>
          {t('aware:previewLinkLanguage')}{' '}
          <select onChange={(event) => setLocale(event.target.value)} value={locale}>
            {locales.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('aware:previewLinkWorksFor')}{' '}
          <select onChange={(event) => setHours(Number(event.target.value))} value={hours}>
            {durations.map((entry) => (
              <option key={entry.hours} value={entry.hours}>
                {t(`aware:${entry.label}`)}
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
        {t('aware:previewLinkCreate')}
      </button>
      {error && (
        <p className="aware-preview-link__error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="aware-preview-link__notice" role="status">
          {notice}
        </p>
      )}
      {link && (
        <div className="aware-preview-link__result">
          <label>
            {t('aware:previewLinkLink')}
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
            {copied ? t('aware:previewLinkCopied') : t('aware:previewLinkCopy')}
          </button>
          <p>{t('aware:previewLinkWorksUntil', { time: when(link.expiresAt) })}</p>
        </div>
      )}
      <h4>{t('aware:previewLinkWorkingTitle')}</h4>
      {working.length === 0 ? (
        <p className="aware-preview-link__hint">{t('aware:previewLinkNone')}</p>
      ) : (
        <ul className="aware-preview-link__list">
          {working.map((entry) => (
            <li key={entry.id}>
              {t('aware:previewLinkEntry', {
                language: labelOf(entry.locale),
                time: when(entry.expiresAt),
                who: entry.createdBy,
              })}{' '}
              <button
                className="btn btn--style-secondary btn--size-small"
                disabled={busy}
                onClick={() => void revoke(entry.id)}
                type="button"
              >
                {t('aware:previewLinkRevoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {working.length > 1 && (
        <button
          className="btn btn--style-secondary btn--size-small"
          disabled={busy}
          onClick={() => void revoke(null)}
          type="button"
        >
          {t('aware:previewLinkRevokeAll')}
        </button>
      )}
    </section>
  )
}
