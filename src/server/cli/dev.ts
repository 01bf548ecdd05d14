/** npm run dev — the admin compiled on demand with hot reload, on the same single server. */
import { readEnvironment, weakSecretWarning } from '../../environment'

const warning = weakSecretWarning()
if (warning) console.warn(warning)

const { serve } = await import('./serve')
await serve('development', readEnvironment().port)
