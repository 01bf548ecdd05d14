/** npm run dev — the admin compiled on demand with hot reload, on the same single server. */
import { readEnvironment } from '../../environment'

const { serve } = await import('./serve')
await serve('development', readEnvironment().port)
