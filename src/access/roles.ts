import type { Partner, User } from '../payload-types'

export type Role = User['role']

type AuthenticatedUser = (Partner & { collection: 'partners' }) | (User & { collection: 'users' })

/** Payload puts whichever auth collection signed the request on req.user. */
export type RequestUser = AuthenticatedUser | null | undefined

export const staffRoles: Role[] = ['admin', 'editor', 'reviewer', 'evaluator']

/** True when a signed-in person (not a partner key) holds one of the roles. */
export const checkRole = (user: RequestUser, roles: Role[]): boolean =>
  user?.collection === 'users' && roles.includes(user.role)

/** The partner behind an API key, or null; a deactivated partner is treated as nobody. */
export const activePartnerOf = (user: RequestUser): null | Partner =>
  user?.collection === 'partners' && user.active ? user : null

/** Relationship values arrive as ids or populated documents depending on depth. */
export const idsOf = (values: (number | string | { id: number | string })[] | null | undefined) =>
  (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))
