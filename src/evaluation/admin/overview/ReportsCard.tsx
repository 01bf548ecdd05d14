import type { ServerProps } from 'payload'

import React from 'react'

import { canReadReports } from '../../../access/canReadReports'
import { ReportsCardSummary } from './ReportsCardSummary'
import './overview.scss'

/**
 * The Reports card at the top of the admin dashboard, for the roles that may read reports:
 * the first campaigns' answer in a line each, and the way to the whole overview.
 */
export const ReportsCard = ({ payload, user }: ServerProps) =>
  canReadReports(user as Parameters<typeof canReadReports>[0]) ? (
    <ReportsCardSummary adminRoute={payload.config.routes.admin} />
  ) : null
