/**
 * One spelling per event id, so a retry that spells it differently is recognised as the same
 * event: RFC 9562 allows upper- and lower-case hex and the `urn:uuid:` namespace form, and JSON
 * Schema's "uuid" format accepts them all. Stored, compared and echoed ids are this form.
 */
export const canonicalEventId = (id: string): string => id.replace(/^urn:uuid:/i, '').toLowerCase()
