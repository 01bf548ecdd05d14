import { organisationTypes } from './iatiCodelists'

/** Who publishes the activity: IATI's reporting-org, which Aware does not hold but is told. */
export type IatiReportingOrg = { name: string; ref: string; type: string }

const NAMES = ['IATI_REPORTING_ORG_REF', 'IATI_REPORTING_ORG_TYPE', 'IATI_REPORTING_ORG_NAME']

/**
 * IATI_REPORTING_ORG_REF (the organisation identifier, e.g. GB-CHC-1234567), _TYPE (an
 * OrganisationType code, e.g. 22) and _NAME. All or none: without them the IATI export says what
 * to set; a partial or malformed set stops the start with a message that names the variable.
 */
export const readIatiReportingOrg = (
  env: Record<string, string | undefined>,
): IatiReportingOrg | undefined => {
  const [ref, type, name] = NAMES.map((variable) => env[variable]?.trim() || undefined)
  if (ref === undefined && type === undefined && name === undefined) return undefined
  const missing = NAMES.filter((_, index) => [ref, type, name][index] === undefined)
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(' and ')} must be set too: IATI needs the reporting organisation's identifier, type and name.`,
    )
  }
  // An IATI organisation identifier: a registration agency prefix, a hyphen, the agency's id.
  if (!/^[A-Za-z0-9]+-[^\s/&|?]+$/.test(ref!)) {
    throw new Error(
      `IATI_REPORTING_ORG_REF must be an IATI organisation identifier such as GB-CHC-1234567 (agency prefix, hyphen, number; no spaces, /, &, | or ?), not "${ref}".`,
    )
  }
  if (organisationTypes[type!] === undefined) {
    throw new Error(
      `IATI_REPORTING_ORG_TYPE must be an IATI OrganisationType code (${Object.entries(
        organisationTypes,
      )
        .map(([code, label]) => `${code} ${label}`)
        .join(', ')}), not "${type}".`,
    )
  }
  return { name: name!, ref: ref!, type: type! }
}
