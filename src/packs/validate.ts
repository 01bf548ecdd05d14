/**
 * Validates pack data already read from disk: first each file against its schema, then the
 * checks a schema cannot express (references between files, unique keys, translations that
 * must exist, inline formatting). Pure: the caller reads the files.
 */
import type { FieldProblem, PackFileKind, SchemaValidator } from './schemas'
import type { Audience, CampaignPack, PackError } from './types'
import type {
  RawAudience,
  RawBodyNode,
  RawCampaign,
  RawKnowledgeCheck,
  RawLocalized,
} from './normalize'

import { isTimeZone } from '../domain/campaignPeriod'
import { defaultLocale, locales } from '../domain/locales'
import {
  longestCorrectChoice,
  longestCorrectChoiceWarning,
} from '../evaluation/itemAnalysis/longestCorrectChoice'
import { placeholderText } from '../editorial/readiness/placeholderText'
import { parseInline } from './inline'
import { normalizeAudience, normalizeCampaign, normalizeKnowledgeCheck } from './normalize'

export const AUDIENCES_FILE = 'audiences.json'
export const CAMPAIGN_FILE = 'campaign.json'
export const KNOWLEDGE_CHECK_FILE = 'knowledge-check.json'

const localeName = (code: string) => {
  const found = locales.find((locale) => locale.code === code)
  return found ? `"${code}" (${found.label})` : `"${code}"`
}

const listLocales = (codes: string[]) => codes.map(localeName).join(', ')

const toErrors = (pack: null | string, file: string, problems: FieldProblem[]): PackError[] =>
  problems.map((problem) => ({ pack, file, field: problem.field, message: problem.message }))

// ---------------------------------------------------------------------------------------------
// audiences.json

export interface AudiencesResult {
  /** Null when the file is invalid (campaign audiences cannot then be checked). */
  audiences: Audience[] | null
  errors: PackError[]
}

export function validateAudiences(
  data: unknown,
  validate: SchemaValidator,
  file: string = AUDIENCES_FILE,
): AudiencesResult {
  const problems = validate('audiences', data)
  if (problems.length > 0) return { audiences: null, errors: toErrors(null, file, problems) }
  const raw = (data as { audiences: RawAudience[] }).audiences
  const seen = new Map<string, number>()
  raw.forEach((audience, index) => {
    const first = seen.get(audience.slug)
    if (first !== undefined) {
      problems.push({
        field: `/audiences/${index}/slug`,
        message: `"${audience.slug}" is already the slug of audience ${first + 1}; each audience needs its own slug.`,
      })
    } else {
      seen.set(audience.slug, index)
    }
  })
  if (problems.length > 0) return { audiences: null, errors: toErrors(null, file, problems) }
  return { audiences: raw.map(normalizeAudience), errors: [] }
}

// ---------------------------------------------------------------------------------------------
// one pack

export interface PackInput {
  /** The pack folder's name. */
  name: string
  /** Paths used in error reports, relative to the campaigns folder. */
  campaignFile: string
  knowledgeCheckFile: string
  /** Parsed JSON, or undefined when the file is missing or unreadable (already reported). */
  campaign: unknown
  knowledgeCheck: unknown
  /** The pack has no knowledge-check.json (fine for a campaign that names none). */
  checkFileMissing?: boolean
}

export interface PackCheckOptions {
  validate: SchemaValidator
  /** Audiences from audiences.json; null when that file is invalid (skips the audience checks). */
  audiences: Audience[] | null
  /** Whether an image's `media` file exists in the pack folder; omit to skip the check. */
  mediaExists?: (relativePath: string) => boolean
}

export interface PackResult {
  /** Present only when both files are valid. */
  pack?: CampaignPack
  errors: PackError[]
  /** Problems that do not stop the import (an instrument that can be guessed). */
  warnings: PackError[]
}

/** Whether a string is an upload id rather than a file in the pack (ObjectID or number). */
const looksLikeUploadId = (media: number | string) =>
  typeof media === 'number' || /^[0-9a-f]{24}$/.test(media) || /^\d+$/.test(media)

const checkBody = (
  campaign: RawCampaign,
  options: PackCheckOptions,
  problems: FieldProblem[],
): void => {
  for (const [locale, nodes] of Object.entries(campaign.body ?? {})) {
    nodes.forEach((node: RawBodyNode, index) => {
      const at = `/body/${locale}/${index}`
      const inline = (text: string, field: string) => {
        for (const problem of parseInline(text).problems)
          problems.push({ field, message: `${problem}.` })
      }
      if (node.heading !== undefined) inline(node.heading, `${at}/heading`)
      if (node.paragraph !== undefined) inline(node.paragraph, `${at}/paragraph`)
      node.list?.forEach((entry, position) => inline(entry, `${at}/list/${position}`))
      const hotline = node.hotline
      if (hotline) {
        const shown = [hotline.name, hotline.phone, hotline.url, hotline.hours].join(' ')
        if (hotline.placeholder !== true && placeholderText.test(shown)) {
          problems.push({
            field: `${at}/hotline/placeholder`,
            message:
              'the hotline shows placeholder text but is not marked "placeholder": true; mark it, so partners are told the number is unverified.',
          })
        }
        if (hotline.placeholder !== true && !hotline.phone && !hotline.url) {
          problems.push({
            field: `${at}/hotline`,
            message:
              'gives neither a phone number nor a web address; add one, or mark the hotline "placeholder": true while it is unverified.',
          })
        }
      }
      const media = node.image?.media
      if (media !== undefined && options.mediaExists && !looksLikeUploadId(media)) {
        if (!options.mediaExists(String(media))) {
          problems.push({
            field: `${at}/image/media`,
            message: `there is no file "${String(media)}" in the pack folder.`,
          })
        }
      }
    })
  }
}

const missingLocales = (text: RawLocalized, needed: string[]) =>
  needed.filter((code) => typeof text[code] !== 'string')

const checkCampaign = (
  name: string,
  campaign: RawCampaign,
  options: PackCheckOptions,
): FieldProblem[] => {
  const problems: FieldProblem[] = []
  if (campaign.slug !== name) {
    problems.push({
      field: '/slug',
      message: `is "${campaign.slug}" but the pack folder is named "${name}"; they must be the same.`,
    })
  }
  if (options.audiences) {
    const known = options.audiences.map((audience) => audience.slug)
    campaign.audiences.forEach((slug, index) => {
      if (!known.includes(slug)) {
        problems.push({
          field: `/audiences/${index}`,
          message: `"${slug}" is not an audience in audiences.json. Known audiences: ${known.join(', ')}.`,
        })
      }
    })
  }
  const seen = new Map<string, number>()
  ;(campaign.objectives ?? []).forEach((objective, index) => {
    const field = `/objectives/${index}/audience`
    if (!campaign.audiences.includes(objective.audience)) {
      problems.push({
        field,
        message: `"${objective.audience}" is not one of this campaign's audiences (${campaign.audiences.join(
          ', ',
        )}); add it to "audiences" or remove this objective.`,
      })
    }
    const first = seen.get(objective.audience)
    if (first !== undefined) {
      problems.push({
        field,
        message: `"${objective.audience}" already has an objective (objective ${first + 1}); keep one objective per audience.`,
      })
    } else {
      seen.set(objective.audience, index)
    }
  })
  const { timeZone } = campaign.period
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    problems.push({
      field: '/period/timeZone',
      message: `"${timeZone}" is not a time zone; write an IANA name such as America/Lima, Europe/Paris, Asia/Manila or UTC.`,
    })
  }
  if (campaign.period.end !== undefined && campaign.period.end <= campaign.period.start) {
    problems.push({
      field: '/period/end',
      message: `is ${campaign.period.end}, which is not after the start (${campaign.period.start}); the campaign must end after it starts.`,
    })
  }
  const bodyLocales = Object.keys(campaign.body ?? {})
  for (const field of ['title', 'summary'] as const) {
    const text = campaign[field] ?? {}
    // A summary is optional; once written, it is needed in every language of the body.
    if (field === 'summary' && Object.keys(text).length === 0) continue
    const missing = missingLocales(text, bodyLocales)
    if (missing.length > 0) {
      problems.push({
        field: `/${field}`,
        message: `has no text in ${listLocales(missing)}, but the body is written in ${
          missing.length === 1 ? 'that language' : 'those languages'
        }; add the ${field} in ${missing.length === 1 ? 'it' : 'each'}.`,
      })
    }
  }
  checkBody(campaign, options, problems)
  return problems
}

const checkKnowledgeCheck = (
  check: RawKnowledgeCheck,
  bodyLocales: string[] | null,
): FieldProblem[] => {
  const problems: FieldProblem[] = []
  const itemKeys = new Map<string, number>()
  check.items.forEach((item, index) => {
    const first = itemKeys.get(item.key)
    if (first !== undefined) {
      problems.push({
        field: `/items/${index}/key`,
        message: `"${item.key}" is already the key of item ${first + 1} (/items/${first}); item keys must be unique because answers and reports refer to them.`,
      })
    } else {
      itemKeys.set(item.key, index)
    }
    const choiceKeys = new Map<string, number>()
    item.choices.forEach((choice, position) => {
      const earlier = choiceKeys.get(choice.key)
      if (earlier !== undefined) {
        problems.push({
          field: `/items/${index}/choices/${position}/key`,
          message: `"${choice.key}" is already the key of choice ${earlier + 1} of this question; choice keys must be unique within a question.`,
        })
      } else {
        choiceKeys.set(choice.key, position)
      }
    })
    if (!item.choices.some((choice) => choice.correct === true)) {
      problems.push({
        field: `/items/${index}/choices`,
        message: 'has no correct answer; mark at least one choice with "correct": true.',
      })
    }
  })
  if (bodyLocales) {
    const need = (text: RawLocalized, field: string) => {
      const missing = missingLocales(text, bodyLocales)
      if (missing.length === 0) return
      problems.push({
        field,
        message: `has no translation in ${listLocales(missing)}, but the campaign body is written in ${
          missing.length === 1 ? 'that language' : 'those languages'
        }; people who read the campaign in a language must be able to take the knowledge check in it.`,
      })
    }
    need(check.title, '/title')
    check.items.forEach((item, index) => {
      need(item.question, `/items/${index}/question`)
      item.choices.forEach((choice, position) =>
        need(choice.label, `/items/${index}/choices/${position}/label`),
      )
      need(item.explanation, `/items/${index}/explanation`)
    })
  }
  return problems
}

export function validatePack(input: PackInput, options: PackCheckOptions): PackResult {
  const errors: PackError[] = []
  const report = (file: string, problems: FieldProblem[]) =>
    errors.push(...toErrors(input.name, file, problems))
  const schemaCheck = (kind: PackFileKind, data: unknown, file: string) => {
    if (data === undefined) return false
    const problems = options.validate(kind, data)
    report(file, problems)
    return problems.length === 0
  }
  const campaignOk = schemaCheck('campaign', input.campaign, input.campaignFile)
  const checkOk = schemaCheck('knowledge-check', input.knowledgeCheck, input.knowledgeCheckFile)
  const campaign = campaignOk ? (input.campaign as RawCampaign) : null
  const check = checkOk ? (input.knowledgeCheck as RawKnowledgeCheck) : null

  if (campaign) report(input.campaignFile, checkCampaign(input.name, campaign, options))
  if (check) {
    report(
      input.knowledgeCheckFile,
      checkKnowledgeCheck(check, campaign ? Object.keys(campaign.body ?? {}) : null),
    )
  }
  const named = campaign?.knowledgeCheck
  if (campaign && check && named !== check.slug) {
    report(input.campaignFile, [
      {
        field: '/knowledgeCheck',
        message:
          named === undefined
            ? `is missing, but ${KNOWLEDGE_CHECK_FILE} holds the check "${check.slug}"; name it here, or delete the file for a campaign without a knowledge check.`
            : `is "${named}" but ${KNOWLEDGE_CHECK_FILE} has the slug "${check.slug}"; they must be the same.`,
      },
    ])
  }
  if (campaign && named !== undefined && input.checkFileMissing) {
    report(input.knowledgeCheckFile, [
      {
        field: '',
        message: `is missing: campaign.json names the knowledge check "${named}"; add the file, or remove "knowledgeCheck" for a campaign without one.`,
      },
    ])
  }
  const checkUsable = check !== null || (campaign !== null && named === undefined)
  if (errors.length > 0 || !campaign || !checkUsable) return { errors, warnings: [] }
  return {
    pack: {
      campaign: normalizeCampaign(campaign),
      knowledgeCheck: check ? normalizeKnowledgeCheck(check) : null,
    },
    errors,
    warnings: check
      ? toErrors(input.name, input.knowledgeCheckFile, guessabilityWarnings(check))
      : [],
  }
}

/**
 * A correct choice that is systematically the longest makes the check guessable: a warning, not
 * an error, so a pack still imports while its author rewrites the distractors.
 */
const guessabilityWarnings = (check: RawKnowledgeCheck): FieldProblem[] => {
  const warning = longestCorrectChoiceWarning(
    longestCorrectChoice(
      check.items.map((item) => ({
        choices: item.choices.map((choice) => ({
          correct: choice.correct === true,
          label: choice.label[defaultLocale] ?? Object.values(choice.label)[0] ?? '',
        })),
        key: item.key,
      })),
    ),
  )
  return warning ? [{ field: '/items', message: warning }] : []
}

/** One line per error, e.g. `peru/knowledge-check.json /items/3/choices: has no correct answer…`. */
export const formatPackError = (error: PackError): string =>
  `${error.file}${error.field ? ` ${error.field}` : ''}: ${error.message}`
