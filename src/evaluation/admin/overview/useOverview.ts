'use client'

import { useEffect, useState } from 'react'

import type { ReportOverview } from '../../reports/overview/readOverview'

import { apiErrorMessage } from '../apiErrorMessage'

/** A report that has not come back in this long is treated as failed: the page never hangs. */
export const OVERVIEW_TIMEOUT_MS = 30_000

export type OverviewState =
  | { kind: 'failed'; message: string; status: null | number }
  | { kind: 'loading' }
  | { kind: 'ready'; overview: ReportOverview }

/** Reads one page of the overview; `attempt` changes to try again. */
export const useOverview = (url: string, attempt: number): OverviewState => {
  const [state, setState] = useState<OverviewState>({ kind: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, OVERVIEW_TIMEOUT_MS)
    setState({ kind: 'loading' })
    fetch(url, { credentials: 'same-origin', signal: controller.signal })
      .then(async (response) =>
        setState(
          response.ok
            ? { kind: 'ready', overview: (await response.json()) as ReportOverview }
            : {
                kind: 'failed',
                message: await apiErrorMessage(response, 'The reports could not be read'),
                status: response.status,
              },
        ),
      )
      .catch((error: unknown) => {
        if (timedOut) {
          setState({
            kind: 'failed',
            message: `The server has not answered in ${OVERVIEW_TIMEOUT_MS / 1000} seconds; it may be busy.`,
            status: null,
          })
        } else if (!controller.signal.aborted) {
          setState({
            kind: 'failed',
            message: `The server could not be reached (${String(error)}).`,
            status: null,
          })
        }
      })
      .finally(() => clearTimeout(timer))
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [url, attempt])
  return state
}
