import { describe, expect, it } from 'vitest'

import { readIatiReportingOrg } from '../../../src/evaluation/reports/iati/iatiReportingOrg'

describe('readIatiReportingOrg (IATI_REPORTING_ORG_*)', () => {
  const all = {
    IATI_REPORTING_ORG_NAME: 'Aware NGO',
    IATI_REPORTING_ORG_REF: 'GB-CHC-1234567',
    IATI_REPORTING_ORG_TYPE: '22',
  }

  it('is unset without the variables, and reads all three together', () => {
    expect(readIatiReportingOrg({})).toBeUndefined()
    expect(readIatiReportingOrg(all)).toEqual({
      name: 'Aware NGO',
      ref: 'GB-CHC-1234567',
      type: '22',
    })
  })

  it('names what is missing or malformed instead of guessing', () => {
    expect(() => readIatiReportingOrg({ IATI_REPORTING_ORG_REF: 'GB-CHC-1' })).toThrow(
      /IATI_REPORTING_ORG_TYPE and IATI_REPORTING_ORG_NAME must be set too/,
    )
    expect(() => readIatiReportingOrg({ ...all, IATI_REPORTING_ORG_REF: 'GB CHC 1' })).toThrow(
      /IATI_REPORTING_ORG_REF must be an IATI organisation identifier/,
    )
    // OrganisationType codelist (iatistandard.org/en/iati-standard/203/codelists/organisationtype/)
    expect(() => readIatiReportingOrg({ ...all, IATI_REPORTING_ORG_TYPE: '25' })).toThrow(
      /IATI_REPORTING_ORG_TYPE must be an IATI OrganisationType code .*22 National NGO/,
    )
  })
})
