'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { PublishingBlocker } from '../readiness/findPublishingBlockers'

export type Readiness = { blockers: PublishingBlocker[]; ready: boolean }

/** The campaign's readiness, fetched again after every save (autosaves included). */
export const useReadiness = (): { error: null | string; readiness: null | Readiness } => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [readiness, setReadiness] = useState<null | Readiness>(null)
  const [error, setError] = useState<null | string>(null)
  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    fetch(`${serverURL}${api}/campaigns/${id}/readiness`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        setReadiness((await response.json()) as Readiness)
        setError(null)
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(String(caught))
      })
    return () => controller.abort()
  }, [api, id, lastUpdateTime, serverURL])
  return { error, readiness }
}
