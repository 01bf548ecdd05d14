/**
 * Reads a campaigns folder: audiences.json and one folder per campaign pack (campaign.json and
 * knowledge-check.json), validates everything and returns the packs without errors together
 * with every problem found, worded for campaign authors.
 */
import type { LoadedPack, LoadResult, PackError } from './types'

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { createSchemaValidator } from './schemas'
import {
  AUDIENCES_FILE,
  CAMPAIGN_FILE,
  KNOWLEDGE_CHECK_FILE,
  validateAudiences,
  validatePack,
} from './validate'

export interface LoadPacksOptions {
  /** Folder holding the JSON Schemas (default: the project's campaigns/schema). */
  schemaDir?: string
}

/** Folders inside the campaigns folder that are not packs. */
const isPackFolder = (name: string) =>
  !name.startsWith('.') && !name.startsWith('_') && name !== 'schema'

/** Line and column of a JSON.parse error, when its message gives a position. */
const jsonErrorMessage = (text: string, error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  const position = /position (\d+)/.exec(message)
  if (!position || /line \d+/.test(message)) return message
  const before = text.slice(0, Number(position[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `${message} (line ${line}, column ${column})`
}

const readJson = (
  file: string,
  relative: string,
  pack: null | string,
  errors: PackError[],
): unknown => {
  if (!existsSync(file)) {
    errors.push({
      pack,
      file: relative,
      field: '',
      message: `is missing: the file ${relative} does not exist.`,
    })
    return undefined
  }
  const text = readFileSync(file, 'utf8')
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    errors.push({
      pack,
      file: relative,
      field: '',
      message: `is not valid JSON: ${jsonErrorMessage(text, error)}.`,
    })
    return undefined
  }
}

/** Loads and validates every pack in `dir`. Never throws for problems in the packs themselves. */
export async function loadPacks(dir: string, options: LoadPacksOptions = {}): Promise<LoadResult> {
  const root = path.resolve(dir)
  const validate = createSchemaValidator(options.schemaDir)
  const errors: PackError[] = []
  const warnings: PackError[] = []

  const audiencesData = readJson(path.join(root, AUDIENCES_FILE), AUDIENCES_FILE, null, errors)
  const audiencesResult =
    audiencesData === undefined
      ? { audiences: null, errors: [] }
      : validateAudiences(audiencesData, validate, AUDIENCES_FILE)
  errors.push(...audiencesResult.errors)

  const folders = existsSync(root)
    ? readdirSync(root)
        .filter((name) => isPackFolder(name) && statSync(path.join(root, name)).isDirectory())
        .sort()
    : []

  const packs: LoadedPack[] = []
  const checkSlugs = new Map<string, string>()
  for (const name of folders) {
    const packDir = path.join(root, name)
    const campaignFile = `${name}/${CAMPAIGN_FILE}`
    const knowledgeCheckFile = `${name}/${KNOWLEDGE_CHECK_FILE}`
    const readErrors: PackError[] = []
    const campaign = readJson(path.join(packDir, CAMPAIGN_FILE), campaignFile, name, readErrors)
    // A campaign without a knowledge check has no knowledge-check.json.
    const checkFileMissing = !existsSync(path.join(packDir, KNOWLEDGE_CHECK_FILE))
    const knowledgeCheck = checkFileMissing
      ? undefined
      : readJson(path.join(packDir, KNOWLEDGE_CHECK_FILE), knowledgeCheckFile, name, readErrors)
    const result = validatePack(
      { name, campaignFile, knowledgeCheckFile, campaign, knowledgeCheck, checkFileMissing },
      {
        validate,
        audiences: audiencesResult.audiences,
        mediaExists: (relative) => {
          const file = path.resolve(packDir, relative)
          return file.startsWith(packDir + path.sep) && existsSync(file)
        },
      },
    )
    errors.push(...readErrors, ...result.errors)
    warnings.push(...result.warnings)
    if (!result.pack || readErrors.length > 0) continue
    const slug = result.pack.knowledgeCheck?.slug
    if (slug === undefined) {
      packs.push({ ...result.pack, name, dir: packDir })
      continue
    }
    const other = checkSlugs.get(slug)
    if (other !== undefined) {
      errors.push({
        pack: name,
        file: knowledgeCheckFile,
        field: '/slug',
        message: `"${slug}" is already the slug of the knowledge check in the pack "${other}"; each knowledge check needs its own slug.`,
      })
      continue
    }
    checkSlugs.set(slug, name)
    packs.push({ ...result.pack, name, dir: packDir })
  }

  return { audiences: audiencesResult.audiences ?? [], packs, errors, warnings }
}
