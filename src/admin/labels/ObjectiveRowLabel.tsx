'use client'

import { useConfig, useRowLabel } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

const names = new Map<string, Promise<null | string>>()

/** The audience's name, asked once per page whatever the number of rows naming it. */
const audienceName = (api: string, id: string) => {
  let found = names.get(id)
  if (!found) {
    found = fetch(`${api}/audiences/${encodeURIComponent(id)}?depth=0`, { credentials: 'include' })
      .then(async (response) =>
        response.ok ? (((await response.json()) as { name?: string }).name ?? null) : null,
      )
      .catch(() => null)
    names.set(id, found)
  }
  return found
}

/** Titles an objective by the audience it is for. */
export const ObjectiveRowLabel: React.FC = () => {
  const { data, rowNumber } = useRowLabel<{ audience?: unknown }>()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const [name, setName] = useState<null | string>(null)
  const audience = data?.audience
  const id =
    typeof audience === 'number' || typeof audience === 'string'
      ? String(audience)
      : audience && typeof audience === 'object' && 'id' in audience
        ? String((audience as { id: unknown }).id)
        : null
  useEffect(() => {
    let current = true
    if (id) void audienceName(`${serverURL}${api}`, id).then((found) => current && setName(found))
    return () => {
      current = false
    }
  }, [api, id, serverURL])
  return <span className="aware-row-label">{name ?? `Objective ${(rowNumber ?? 0) + 1}`}</span>
}
