import { checkRole, type RequestUser, staffRoles } from './roles'

/**
 * Evaluation reports show aggregates only, so every staff role may read them: evaluators, and the
 * editors and administrators who run campaigns. Partner keys never do.
 */
export const canReadReports = (user: RequestUser): boolean => checkRole(user, staffRoles)
