import type { Payload } from 'payload'

import type { CampaignReport } from '../figureTypes'
import type { IatiReportingOrg } from './iatiReportingOrg'

import { defaultLocale } from '../../../domain/locales'
import { loadIatiActivity } from './loadIatiActivity'

/**
 * A protected report as IATI XML, or why it cannot be one yet (409): Aware holds no organisation
 * identifier and makes up no activity identifier or description.
 */
export const iatiExport = async (
  payload: Payload,
  org: IatiReportingOrg | undefined,
  campaign: { id: string; title: string },
  report: CampaignReport,
): Promise<{ refused: string } | { xml: string }> => {
  if (!org) {
    return {
      refused:
        'This deployment does not publish to IATI yet: an administrator sets IATI_REPORTING_ORG_REF, IATI_REPORTING_ORG_TYPE and IATI_REPORTING_ORG_NAME (README, "Configuration").',
    }
  }
  const activity = await loadIatiActivity(payload, campaign.id)
  const { identifier, summary } = activity
  const prefix = `${org.ref}-`
  if (!identifier) {
    return {
      refused: `Set the IATI activity identifier of “${campaign.title}” (the campaign's sidebar): "${prefix}" followed by your own id for the campaign.`,
    }
  }
  if (!identifier.startsWith(prefix)) {
    return {
      refused: `The IATI activity identifier "${identifier}" of “${campaign.title}” must begin with the reporting organisation's identifier and a hyphen, "${prefix}".`,
    }
  }
  if (!summary) {
    return {
      refused: `Give “${campaign.title}” a summary: IATI requires a description of the activity.`,
    }
  }
  // xmlbuilder2 is loaded on the first IATI export, not at start.
  const { iatiActivityXml } = await import('./iatiActivityXml')
  return {
    xml: iatiActivityXml({
      activity: { ...activity, identifier, summary },
      language: defaultLocale,
      org,
      report,
    }),
  }
}
