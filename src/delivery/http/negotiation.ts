/** True when an If-None-Match header names this entity tag (weak comparison, RFC 9110 13.1.2). */
export const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (!header) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag))
}

/** True when Accept-Encoding allows gzip (and does not refuse it with q=0). */
export const acceptsGzip = (header: string | undefined): boolean =>
  !!header &&
  header.split(',').some((part) => {
    const [coding, ...parameters] = part.trim().toLowerCase().split(';')
    if (coding.trim() !== 'gzip') return false
    const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return quality === undefined || Number(quality.slice(2)) > 0
  })
