import { fileURLToPath } from 'node:url'

/** The bundled packs. */
export const campaignsDir = fileURLToPath(new URL('../../../campaigns/', import.meta.url))

/** Broken packs, one problem family per folder. */
export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url))
