/** An origin is scheme, host and optional port: what browsers send in the Origin header. */
export const validateOrigins = (values: null | string[] | undefined): string | true => {
  for (const value of values ?? []) {
    let parsed: URL
    try {
      parsed = new URL(value)
    } catch {
      return `"${value}" is not a web origin; write it like https://partner.example.org`
    }
    if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== value) {
      return `"${value}" is not a web origin; write scheme and host only, like https://partner.example.org`
    }
  }
  return true
}
