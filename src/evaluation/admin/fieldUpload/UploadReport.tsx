'use client'

import React, { useEffect, useState } from 'react'

import type { FieldUploadResult } from './uploadTypes'

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

const rows = (count: number) => `${count} ${count === 1 ? 'row' : 'rows'}`

/** The outcome of an upload: counts, then each rejected row with its reasons. */
export const UploadReport: React.FC<{ result: FieldUploadResult }> = ({ result }) => {
  const rejectedUrl = useDownloadUrl(result.rejectedCsv)
  return (
    <section className="aware-upload__report" aria-labelledby="aware-report-heading">
      <h2 id="aware-report-heading">Upload report</h2>
      <ul className="aware-upload__counts">
        <li data-testid="imported">
          <strong>{result.imported}</strong> imported
        </li>
        <li data-testid="duplicates">
          <strong>{result.duplicates}</strong> already uploaded before (not counted again)
        </li>
        <li data-testid="rejected">
          <strong>{result.rejected.length}</strong> rejected
        </li>
      </ul>
      {result.rejected.length > 0 && (
        <>
          <p>
            Correct these {rows(result.rejected.length)} in the file and upload it again; the rows
            already imported will be recognised.
            {rejectedUrl && (
              <>
                {' '}
                Or{' '}
                <a download="rejected-rows.csv" href={rejectedUrl}>
                  download the rejected rows
                </a>{' '}
                (a CSV of just those rows, with a reason column), correct them and upload that file.
              </>
            )}
          </p>
          <table className="aware-table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Why it was rejected</th>
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
