import type { ServerParts } from '../http/serverParts'

import { mountPreview } from './preview/mountPreview'

/** Editorial's routes: the draft previews (registered by ./plugin.ts). */
export const editorialServerParts = (): Partial<ServerParts> => ({ routes: [mountPreview] })
