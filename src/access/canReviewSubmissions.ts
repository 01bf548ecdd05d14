import { checkRole, type RequestUser } from './roles'

/**
 * Approving or excluding submissions decides what reports count: evaluators and administrators
 * do it. Editors read reports but do not judge the data behind them.
 */
export const canReviewSubmissions = (user: RequestUser): boolean =>
  checkRole(user, ['admin', 'evaluator'])
