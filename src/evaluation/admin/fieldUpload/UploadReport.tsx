'use client'

import React, { useEffect, useState } from 'react'

import type { PluralKey } from '../../../admin/i18n/strings/en'
import type { FieldUploadResult } from './uploadTypes'

import { formatCount } from '../../../admin/i18n/adminFormat'
import { adminWordsOf } from '../../../admin/i18n/adminWords'
import { plural, pluralForm } from '../../../admin/i18n/plural'
import { rich } from '../../../admin/i18n/rich'
import { useAwareTranslation } from '../../../admin/i18n/useAwareTranslation'

/** A download link for text made in the page, released when the report changes. */
const useDownloadUrl = (text: string | undefined): null | string => {
  const [url, setUrl] = useState<null | string>(null)
  useEffect(() => {
    if (!text) return setUrl(null)
    const made = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
    setUrl(made)
    return () => URL.revokeObjectURL(made)
  }, [text])
  return url
}

/** The outcome of an upload: counts, then each rejected row with its reasons. */
export const UploadReport: React.FC<{ result: FieldUploadResult }> = ({ result }) => {
  const { i18n, t } = useAwareTranslation()
  const words = adminWordsOf(i18n)
  const rejectedUrl = useDownloadUrl(result.rejectedCsv)
  /** A count in bold inside its sentence, in the form the language uses for it. */
  const counted = (key: PluralKey, count: number) =>
    rich(t(pluralForm(words, key, count)), {
      count: <strong>{formatCount(words.language, count)}</strong>,
    })
  return (
    <section className="aware-upload__report" aria-labelledby="aware-report-heading">
      <h2 id="aware-report-heading">{t('aware:uploadReportTitle')}</h2>
      <ul className="aware-upload__counts">
        <li data-testid="imported">{counted('uploadImported', result.imported)}</li>
        <li data-testid="duplicates">{counted('uploadDuplicates', result.duplicates)}</li>
        <li data-testid="rejected">{counted('uploadRejected', result.rejected.length)}</li>
      </ul>
      {result.rejected.length > 0 && (
        <>
          <p>
            {plural(words, 'uploadCorrectRows', result.rejected.length)}
            {rejectedUrl && (
              <>
                {' '}
                {rich(t('aware:uploadOrDownload'), {
                  link: (
                    <a download="rejected-rows.csv" href={rejectedUrl}>
                      {t('aware:uploadDownloadRejected')}
                    </a>
                  ),
                })}
              </>
            )}
          </p>
          <table className="aware-table">
            <thead>
              <tr>
                <th scope="col">{t('aware:uploadRow')}</th>
                <th scope="col">{t('aware:uploadWhy')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rejected.map((rejection) => (
                <tr key={rejection.row}>
                  <td>{rejection.row}</td>
                  <td>
                    <ul>
                      {rejection.errors.map((error) => (
                        <li key={error}>{error}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
