import type { RequestListener } from 'node:http'

import type { FastPath } from '../http/fastPath'

/** The fast paths first, in order; the first that answers ends the request, else `next`. */
export const withFastPaths =
  (fastPaths: FastPath[], next: RequestListener): RequestListener =>
  (req, res) => {
    for (const fastPath of fastPaths) if (fastPath(req, res)) return
    next(req, res)
  }
