/** The message of an Aware API error answer ({errors: [{message}]}), or a fallback naming the status. */
export const apiErrorMessage = async (response: Response, fallback: string): Promise<string> => {
  const body: unknown = await response.json().catch(() => null)
  const errors = typeof body === 'object' && body !== null && 'errors' in body ? body.errors : null
  const first: unknown = Array.isArray(errors) ? errors[0] : null
  return typeof first === 'object' && first !== null && 'message' in first
    ? String(first.message)
    : `${fallback} (HTTP ${response.status}).`
}
