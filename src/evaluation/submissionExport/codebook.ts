import { channels } from '../../domain/channels'
import { locales } from '../../domain/locales'
import { assessmentPhases } from '../events/wireEvent'
import { qualityStatuses } from '../quality/qualityStatus'

/** An item of the knowledge check as the codebook labels it (default language). */
export type CodebookItem = {
  choices: { correct: boolean; key: string; label: string }[]
  key: string
  question: string
}

/** One variable of the submission-level export, as SPSS, Stata and R need it described. */
export type Variable = {
  label: string
  name: string
  type: 'numeric' | 'string'
  /** Value labels of a coded variable: each value it takes, and what it means. */
  values: [string, string][]
}

const phaseLabels: Record<(typeof assessmentPhases)[number], string> = {
  followup: 'Follow-up check, some time after the content',
  post: 'After the content',
  pre: 'Before the content',
}

const statusLabels: Record<(typeof qualityStatuses)[number], string> = {
  approved: 'Flagged, then approved on review (counted)',
  excluded: 'Excluded on review (not counted)',
  flagged: 'Flagged, awaiting review (not counted)',
  ok: 'Not flagged (counted)',
}

/**
 * A variable name every package accepts: Stata's rule (letters, digits and underscores, starting
 * with a letter, at most 32 characters) is the strictest of the three.
 */
const variableNameOf = (key: string, taken: Set<string>): string => {
  const base = `q_${key.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 32)
  let name = base
  for (let n = 2; taken.has(name); n += 1) name = `${base.slice(0, 32 - `_${n}`.length)}_${n}`
  taken.add(name)
  return name
}

/** The variables every export has, before the items. */
const fixedVariables = (audiences: [string, string][]): Variable[] => [
  {
    name: 'respondent',
    label:
      'Respondent pseudonym for this export only: the same person’s checks share it; another export gives other ones',
    type: 'string',
    values: [],
  },
  { name: 'audience', label: 'Audience', type: 'string', values: audiences },
  {
    name: 'channel',
    label: 'Channel the check was taken through',
    type: 'string',
    values: channels.map((channel) => [channel.value, channel.label]),
  },
  {
    name: 'locale',
    label: 'Language the check was taken in',
    type: 'string',
    values: locales.map((locale) => [locale.code, locale.label]),
  },
  {
    name: 'phase',
    label: 'Phase of the check',
    type: 'string',
    values: assessmentPhases.map((phase) => [phase, phaseLabels[phase]]),
  },
  {
    name: 'score',
    label: 'Score: share of the items answered correctly (0 to 1)',
    type: 'numeric',
    values: [],
  },
  {
    name: 'status',
    label: 'Data-quality status (reports count ok and approved)',
    type: 'string',
    values: qualityStatuses.map((status) => [status, statusLabels[status]]),
  },
]

/**
 * The export's variables in column order: the fixed ones, then one per item of the check (its
 * answer, the choice key picked; several keys joined by ";" where an item takes more than one).
 * Items submissions answered that the current check no longer has keep a column too.
 */
export const exportVariables = ({
  audiences,
  items,
}: {
  /** The campaign's audiences: slug → name. */
  audiences: [string, string][]
  items: CodebookItem[]
}): { items: { key: string; name: string }[]; variables: Variable[] } => {
  const taken = new Set(['respondent', 'audience', 'channel', 'locale', 'phase', 'score', 'status'])
  const itemVariables = items.map((item) => ({
    item,
    name: variableNameOf(item.key, taken),
  }))
  const variables: Variable[] = [
    ...fixedVariables(audiences),
    ...itemVariables.map(({ item, name }): Variable => ({
      name,
      label: item.question,
      type: 'string',
      values: item.choices.map((choice) => [
        choice.key,
        choice.correct ? `${choice.label} (correct)` : choice.label,
      ]),
    })),
  ]
  return { items: itemVariables.map(({ item, name }) => ({ key: item.key, name })), variables }
}

/** The codebook in long form: a row per variable, then a row per value label of it. */
export const codebookRows = (variables: Variable[]): string[][] =>
  variables.flatMap((variable) => [
    [variable.name, variable.label, variable.type, '', ''],
    ...variable.values.map(([value, label]) => [variable.name, '', '', value, label]),
  ])

export const CODEBOOK_COLUMNS = ['variable', 'label', 'type', 'value', 'value_label']
