'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

/**
 * GETs `/api/campaigns/:id/<path>` for the open campaign, again after every save, and POSTs to
 * its siblings; errors come back as the server's message.
 */
export const useCampaignApi = <T>(path: string) => {
  const { id, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const base = id === undefined ? null : `${serverURL}${api}/campaigns/${id}`
  const [data, setData] = useState<null | T>(null)
  const [error, setError] = useState<null | string>(null)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    if (!base) return
    const controller = new AbortController()
    fetch(`${base}/${path}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as T & { errors?: { message: string }[] }
        if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`)
        setData(body)
        setError(null)
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted)
          setError(caught instanceof Error ? caught.message : String(caught))
      })
    return () => controller.abort()
  }, [base, lastUpdateTime, path, version])

  const post = useCallback(
    async (target: string, body: object): Promise<null | string> => {
      if (!base) return 'Save the campaign first.'
      const response = await fetch(`${base}/${target}`, {
        body: JSON.stringify(body),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (response.ok) {
        setVersion((current) => current + 1)
        return null
      }
      const answer = (await response.json().catch(() => null)) as {
        errors?: { message: string }[]
      } | null
      return answer?.errors?.[0]?.message ?? `HTTP ${response.status}`
    },
    [base],
  )

  return { data, error, post }
}
