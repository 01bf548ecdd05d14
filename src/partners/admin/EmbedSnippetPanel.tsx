'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { EmbedChoices } from '../embedChoices'

import { useAwareTranslation } from '../../admin/i18n/useAwareTranslation'
import { locales } from '../../domain/locales'
import './embedSnippet.scss'

type EmbedAnswer = EmbedChoices & {
  audience?: string
  campaign?: string
  errors?: { message: string }[]
  locale?: string
  problem: null | string
  questions?: null | string
  snippet: null | string
}

const labelOf = (code: string) => locales.find((locale) => locale.code === code)?.label ?? code

/**
 * “Embed on the partner’s page”: the ready-to-paste script tag with this partner’s publishable
 * key, for a published campaign it may show, an audience and a language, with a copy button.
 */
export const EmbedSnippetPanel: React.FC = () => {
  const { t } = useAwareTranslation()
  const { id, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [choice, setChoice] = useState<{
    audience?: string
    campaign?: string
    locale?: string
    questions?: string
  }>({})
  const [answer, setAnswer] = useState<EmbedAnswer | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    if (id === undefined || id === null) return
    const controller = new AbortController()
    const query = new URLSearchParams(
      Object.entries(choice).filter((entry): entry is [string, string] => Boolean(entry[1])),
    )
    fetch(`${serverURL}${api}/partners/${id}/embed?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        const body = (await response.json()) as EmbedAnswer
        if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
        setAnswer(body)
        setError(null)
        setCopied(false)
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted)
          setError(caught instanceof Error ? caught.message : String(caught))
      })
    return () => controller.abort()
  }, [api, choice, id, lastUpdateTime, serverURL])

  if (id === undefined || id === null) return null
  const campaign = answer?.campaigns.find((entry) => entry.slug === answer.campaign)
  return (
    <section aria-labelledby="aware-embed-title" className="aware-embed">
      <h3 id="aware-embed-title">{t('aware:embedTitle')}</h3>
      {error && (
        <p className="aware-embed__error" role="alert">
          {error}
        </p>
      )}
      {answer?.problem && <p className="aware-embed__problem">{answer.problem}</p>}
      {answer?.snippet && campaign && (
        <>
          <div className="aware-embed__options">
            <label>
              {t('aware:embedCampaign')}{' '}
              <select
                onChange={(event) => setChoice({ campaign: event.target.value })}
                value={answer.campaign}
              >
                {answer.campaigns.map((entry) => (
                  <option key={entry.slug} value={entry.slug}>
                    {entry.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('aware:embedAudience')}{' '}
              <select
                onChange={(event) => setChoice({ ...choice, audience: event.target.value })}
                value={answer.audience}
              >
                {campaign.audiences
                  .filter((slug) => answer.audiences.includes(slug))
                  .map((slug) => (
                    <option key={slug} value={slug}>
                      {slug}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              {t('aware:embedLanguage')}{' '}
              <select
                onChange={(event) => setChoice({ ...choice, locale: event.target.value })}
                value={answer.locale}
              >
                {campaign.locales.map((code) => (
                  <option key={code} value={code}>
                    {labelOf(code)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('aware:embedQuestions')}{' '}
              <select
                onChange={(event) => setChoice({ ...choice, questions: event.target.value })}
                value={answer.questions ?? ''}
              >
                <option value="">{t('aware:embedQuestionsByWidth')}</option>
                <option value="one-per-screen">{t('aware:embedQuestionsOnePerScreen')}</option>
                <option value="all-at-once">{t('aware:embedQuestionsAllAtOnce')}</option>
              </select>
            </label>
          </div>
          <p className="aware-embed__hint">{t('aware:embedHint')}</p>
          <pre className="aware-embed__snippet">
            <code>{answer.snippet}</code>
          </pre>
          <button
            className="btn btn--style-secondary btn--size-small"
            onClick={() =>
              void navigator.clipboard?.writeText(answer.snippet ?? '').then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
            type="button"
          >
            {copied ? t('aware:embedCopied') : t('aware:embedCopy')}
          </button>
        </>
      )}
    </section>
  )
}
