'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { FieldUploadResult, UploadCampaign } from './uploadTypes'

import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'
import { apiErrorMessage } from '../apiErrorMessage'
import { Field } from '../Field'
import { CampaignSheetGuide } from './CampaignSheetGuide'
import { DateOrderField } from './DateOrderField'
import { TemplateLinks } from './TemplateLinks'
import { UploadReport } from './UploadReport'

type UploadState =
  | { kind: 'done'; result: FieldUploadResult }
  | { kind: 'failed'; message: string }
  | { kind: 'idle' }
  | { kind: 'uploading' }

const IMPORT_URL = '/api/events/import'

/** Picks a campaign (for its template and paper sheet), sends the file, and shows the row report. */
export const FieldUploadForm: React.FC<{ campaigns: UploadCampaign[] }> = ({ campaigns }) => {
  const { t } = useAwareTranslation()
  const [slug, setSlug] = useState(campaigns[0]?.slug ?? '')
  const [file, setFile] = useState<File | null>(null)
  const [dates, setDates] = useState('')
  const [state, setState] = useState<UploadState>({ kind: 'idle' })
  const campaign = campaigns.find((candidate) => candidate.slug === slug)

  const upload = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!file) return
    setState({ kind: 'uploading' })
    const body = new FormData()
    body.append('file', file)
    if (dates) body.append('dates', dates)
    try {
      const response = await fetch(IMPORT_URL, { body, credentials: 'same-origin', method: 'POST' })
      setState(
        response.ok
          ? { kind: 'done', result: (await response.json()) as FieldUploadResult }
          : { kind: 'failed', message: await apiErrorMessage(response, t('aware:uploadFailed')) },
      )
    } catch {
      setState({ kind: 'failed', message: t('aware:uploadUnreachable') })
    }
  }

  if (campaigns.length === 0) {
    return <p>{t('aware:uploadNoCampaign')}</p>
  }

  return (
    <div className="aware-upload">
      <section className="aware-upload__template" aria-labelledby="aware-template-heading">
        <h2 id="aware-template-heading">{t('aware:uploadStepTemplate')}</h2>
        <Field label={t('aware:campaignSingular')}>
          {(id) => (
            <select id={id} onChange={(event) => setSlug(event.target.value)} value={slug}>
              {campaigns.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TemplateLinks slug={slug} />
        {campaign && <CampaignSheetGuide campaign={campaign} />}
      </section>

      <form className="aware-upload__form" onSubmit={upload} aria-labelledby="aware-upload-heading">
        <h2 id="aware-upload-heading">{t('aware:uploadStepFile')}</h2>
        <Field label={t('aware:uploadFile')}>
          {(id) => (
            <input
              accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              id={id}
              name="file"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              type="file"
            />
          )}
        </Field>
        <DateOrderField onChange={setDates} value={dates} />
        <Button disabled={!file || state.kind === 'uploading'} type="submit">
          {state.kind === 'uploading' ? t('aware:uploadUploading') : t('aware:uploadSubmit')}
        </Button>
      </form>

      <div aria-live="polite">
        {state.kind === 'failed' && (
          <p className="aware-upload__error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === 'done' && <UploadReport result={state.result} />}
      </div>
    </div>
  )
}
