/**
 * The IATI 2.03 codelist values Aware writes, by name. Source: the IATI Standard's codelists,
 * https://iatistandard.org/en/iati-standard/203/codelists/ (ResultType, IndicatorMeasure,
 * ActivityStatus, ActivityDateType, OrganisationRole, OrganisationType, DescriptionType).
 */
export const resultType = { outcome: '2', output: '1' } as const

export const indicatorMeasure = { percentage: '2', unit: '1' } as const

export const activityStatus = { finalisation: '3', implementation: '2', pipeline: '1' } as const

export const activityDateType = {
  actualEnd: '4',
  actualStart: '2',
  plannedEnd: '3',
  plannedStart: '1',
} as const

export const organisationRole = { implementing: '4' } as const

export const descriptionType = { general: '1' } as const

/** OrganisationType: the kinds a reporting organisation may declare. */
export const organisationTypes: Record<string, string> = {
  '10': 'Government',
  '11': 'Local Government',
  '15': 'Other Public Sector',
  '21': 'International NGO',
  '22': 'National NGO',
  '23': 'Regional NGO',
  '24': 'Partner Country based NGO',
  '30': 'Public Private Partnership',
  '40': 'Multilateral',
  '60': 'Foundation',
  '70': 'Private Sector',
  '71': 'Private Sector in Provider Country',
  '72': 'Private Sector in Aid Recipient Country',
  '73': 'Private Sector in Third Country',
  '80': 'Academic, Training and Research',
  '90': 'Other',
}
