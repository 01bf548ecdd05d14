import type { Access } from 'payload'

/** Records only the system writes (evaluation events and their tallies): no one edits them. */
export const nobody: Access = () => false
