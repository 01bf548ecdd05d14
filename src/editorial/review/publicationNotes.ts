import type { PayloadRequest } from 'payload'

/** What the approval rule decided about a publish, for the audit entry written after the save. */
export type PublicationNote = { unapprovedLocales: string[] }

const key = (id: number | string | undefined) =>
  `awarePublication:${id === undefined ? 'new' : String(id)}`

export const notePublication = (
  req: PayloadRequest,
  id: number | string | undefined,
  note: PublicationNote,
) => {
  req.context[key(id)] = note
}

export const takePublicationNote = (
  req: PayloadRequest,
  id: number | string,
  operation: 'create' | 'update',
): null | PublicationNote => {
  const found = (req.context[key(id)] ??
    (operation === 'create' ? req.context[key(undefined)] : undefined)) as
    PublicationNote | undefined
  delete req.context[key(id)]
  if (operation === 'create') delete req.context[key(undefined)]
  return found ?? null
}
