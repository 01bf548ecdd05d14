import { activePartnerOf, checkRole, type RequestUser, staffRoles } from './roles'

/**
 * Events come from an active partner's key (sites, the widget) or from a signed-in person
 * recording field sessions; a deactivated partner is refused at once.
 */
export const canSubmitEvents = (user: RequestUser): boolean =>
  activePartnerOf(user) !== null || checkRole(user, staffRoles)
