import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

/**
 * A handler tried on the raw node:http request before Express sees it. It answers and returns
 * true, or returns false without touching the response. Express costs several times bare
 * node:http per request, so a hot read served from memory answers here; everything else (and
 * every cache miss) goes on to Express.
 */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean

/** A fast path is made once the server's Payload instance exists. */
export type CreateFastPath = (payload: Payload) => FastPath
