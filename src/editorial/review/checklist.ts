/**
 * What a reviewer confirms, language by language, before approving a campaign. The TIP Report
 * 2016 ("Raising Awareness") asks campaigns to "accurately depict the nature of the crime, its
 * victims, and the perpetrators", warns that "images of physical restraint such as handcuffs or
 * cages may influence what the public believes constitutes human trafficking", and asks for
 * policies "designed with input from experts, trafficking survivors, and local communities".
 */
export const checklistItems = [
  {
    description:
      'The crime, its victims and the perpetrators are depicted accurately: movement and physical restraint are not required for a crime to be trafficking.',
    key: 'accurate',
    label: 'The crime is depicted accurately',
  },
  {
    description: 'No handcuffs, chains, cages, ropes or other images of physical restraint.',
    key: 'noRestraintImagery',
    label: 'No restraint or cage imagery',
  },
  {
    description:
      'Victims and survivors are not blamed, shamed or sensationalised; the words are ones they would accept.',
    key: 'noStigmatisingLanguage',
    label: 'No stigmatising language',
  },
  {
    description: 'Every hotline was called or checked on its official page, and its date is set.',
    key: 'hotlinesVerified',
    label: 'Hotlines verified',
  },
] as const

export type ChecklistKey = (typeof checklistItems)[number]['key']

export type Checklist = Record<ChecklistKey, boolean>

export const checklistKeys: ChecklistKey[] = checklistItems.map((item) => item.key)
