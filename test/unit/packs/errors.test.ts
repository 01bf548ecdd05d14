import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import type { LoadResult, PackError } from '../../../src/packs'

import {
  createSchemaValidator,
  formatPackError,
  loadPacks,
  validateAudiences,
  validatePack,
} from '../../../src/packs'
import { fixturesDir } from './paths'

let broken: LoadResult
beforeAll(async () => {
  broken = await loadPacks(path.join(fixturesDir, 'broken'))
})

/** The errors of one pack folder, as [file, field, message]. */
const errorsOf = (pack: string) =>
  broken.errors
    .filter((error) => error.pack === pack)
    .map((error) => [error.file, error.field, error.message])

const fieldsOf = (pack: string) =>
  broken.errors.filter((error) => error.pack === pack).map((error) => error.field)

describe('loading broken packs', () => {
  it('keeps the valid pack and drops every broken one', () => {
    expect(broken.packs.map((pack) => pack.name)).toEqual(['minimal-valid'])
    expect(broken.audiences.map((audience) => audience.slug)).toEqual([
      'tourists',
      'migrant-workers',
    ])
    expect(new Set(broken.errors.map((error) => error.pack))).toEqual(
      new Set([
        'bad-answer-key',
        'bad-campaign',
        'bad-campaign-schema',
        'bad-json',
        'missing-translations',
        'too-few-choices',
        'zz-duplicate-check-slug',
      ]),
    )
  })

  it('reports choice counts and unknown fields in a knowledge check', () => {
    expect(errorsOf('too-few-choices')).toEqual([
      [
        'too-few-choices/knowledge-check.json',
        '/items/1/hint',
        '"hint" is not a field here; check the spelling. Allowed fields: key, domain, question, choices, explanation, source.',
      ],
      [
        'too-few-choices/knowledge-check.json',
        '/items/3/choices',
        'has 1 answer choice; a question needs between 2 and 6.',
      ],
      [
        'too-few-choices/knowledge-check.json',
        '/items/4/choices',
        'has 7 answer choices; a question needs between 2 and 6.',
      ],
    ])
  })

  it('reports duplicate keys and items without a correct answer', () => {
    expect(errorsOf('bad-answer-key')).toEqual([
      [
        'bad-answer-key/knowledge-check.json',
        '/items/1/key',
        '"one" is already the key of item 1 (/items/0); item keys must be unique because answers and reports refer to them.',
      ],
      [
        'bad-answer-key/knowledge-check.json',
        '/items/2/choices/1/key',
        '"a" is already the key of choice 1 of this question; choice keys must be unique within a question.',
      ],
      [
        'bad-answer-key/knowledge-check.json',
        '/items/3/choices',
        'has no correct answer; mark at least one choice with "correct": true.',
      ],
    ])
  })

  it('cross-checks a campaign against its folder, the audiences and its knowledge check', () => {
    expect(fieldsOf('bad-campaign')).toEqual([
      '/slug',
      '/audiences/1',
      '/objectives/0/audience',
      '/period/end',
      '/title',
      '/body/en/0/paragraph',
      '/body/en/1/list/1',
      '/body/en/2/hotline/placeholder',
      '/body/en/3/hotline',
      '/body/en/4/image/media',
      '/knowledgeCheck',
    ])
    const errors = errorsOf('bad-campaign')
    expect(errors.every(([file]) => file === 'bad-campaign/campaign.json')).toBe(true)
    expect(errors.map(([, , message]) => message)).toEqual([
      'is "not-the-folder-name" but the pack folder is named "bad-campaign"; they must be the same.',
      '"truck-drivers" is not an audience in audiences.json. Known audiences: tourists, migrant-workers.',
      '"migrant-workers" is not one of this campaign\'s audiences (tourists, truck-drivers); add it to "audiences" or remove this objective.',
      'is 2026-01-31, which is not after the start (2026-06-01); the campaign must end after it starts.',
      'has no text in "fr" (Français), but the body is written in that language; add the title in it.',
      'a ** (bold) marker is not closed; to show a literal asterisk write \\*.',
      'the link "this" points to "javascript:alert(1)": links must start with https://, http://, mailto: or tel:.',
      'the hotline shows placeholder text but is not marked "placeholder": true; mark it, so partners are told the number is unverified.',
      'gives neither a phone number nor a web address; add one, or mark the hotline "placeholder": true while it is unverified.',
      'there is no file "images/missing.jpg" in the pack folder.',
      'is "another-check" but knowledge-check.json has the slug "bad-campaign-check"; they must be the same.',
    ])
  })

  it('words schema errors for authors', () => {
    const errors = errorsOf('bad-campaign-schema')
    expect(errors.every(([file]) => file === 'bad-campaign-schema/campaign.json')).toBe(true)
    expect(errors.map(([, field, message]) => [field, message])).toEqual([
      [
        '/chanels',
        '"chanels" is not a field here; check the spelling. Allowed fields: $schema, slug, title, summary, period, audiences, objectives, channels, knowledgeCheck, sources, body.',
      ],
      [
        '/title/de',
        expect.stringMatching(
          /^"de" is not a supported language code\. Use one of: en \(English\), fr/,
        ),
      ],
      [
        '/summary',
        'has no English ("en") text. Every text needs English: it is shown wherever a translation is missing.',
      ],
      [
        '/period/start',
        '"2026-02-30" is not a calendar date. Write it as YYYY-MM-DD, e.g. 2026-01-01.',
      ],
      ['/objectives/0/reachTarget', 'should be a whole number, not 10.5.'],
      ['/objectives/0/passMark', expect.stringMatching(/^is 1\.5; it must be at most 1\./)],
      [
        '/body/en/0',
        'mixes several kinds of content in one entry. Expected: One piece of the message: exactly one of heading, paragraph, list, warningSigns, rights, hotline, image.',
      ],
      ['/body/en/1/level', '"level" can only be used together with "heading".'],
      [
        '/body/en/2/hotline/country',
        expect.stringMatching(/^"pe" is not valid\. Expected: .*two-letter/),
      ],
    ])
  })

  it('asks for a translation of the check and the summary in every body language', () => {
    expect(errorsOf('missing-translations').map(([file, field]) => [file, field])).toEqual([
      ['missing-translations/campaign.json', '/summary'],
      ['missing-translations/knowledge-check.json', '/title'],
      ['missing-translations/knowledge-check.json', '/items/0/question'],
      ['missing-translations/knowledge-check.json', '/items/1/choices/1/label'],
      ['missing-translations/knowledge-check.json', '/items/1/explanation'],
    ])
    expect(errorsOf('missing-translations')[2][2]).toBe(
      'has no translation in "fr" (Français), but the campaign body is written in that language; people who read the campaign in a language must be able to take the knowledge check in it.',
    )
  })

  it('reports unreadable files', () => {
    // No knowledge-check.json is fine for a campaign without a check; this one cannot be read.
    expect(errorsOf('bad-json')).toEqual([
      [
        'bad-json/campaign.json',
        '',
        expect.stringMatching(/^is not valid JSON: .*\(line 2, column 3\)\.$/),
      ],
    ])
  })

  it('asks for the knowledge check a campaign names, and for none it does not', () => {
    const campaign = {
      slug: 'x',
      title: { en: 'X' },
      period: { start: '2026-01-01' },
      audiences: ['tourists'],
      knowledgeCheck: 'x-check',
    }
    const check = (input: {
      campaign: object
      checkFileMissing?: boolean
      knowledgeCheck?: unknown
    }) =>
      validatePack(
        {
          name: 'x',
          campaignFile: 'x/campaign.json',
          knowledgeCheckFile: 'x/knowledge-check.json',
          knowledgeCheck: undefined,
          ...input,
        },
        { validate: createSchemaValidator(), audiences: null },
      )
    expect(
      check({ campaign, checkFileMissing: true }).errors.map((error) => error.message),
    ).toEqual([
      'is missing: campaign.json names the knowledge check "x-check"; add the file, or remove "knowledgeCheck" for a campaign without one.',
    ])
    const { knowledgeCheck: _named, ...withoutCheck } = campaign
    const alone = check({ campaign: withoutCheck, checkFileMissing: true })
    expect(alone.errors).toEqual([])
    expect(alone.pack?.knowledgeCheck).toBeNull()
    const orphan = check({
      campaign: withoutCheck,
      knowledgeCheck: JSON.parse(
        readFileSync(
          path.join(fixturesDir, 'broken', 'minimal-valid', 'knowledge-check.json'),
          'utf8',
        ),
      ) as unknown,
    })
    expect(orphan.errors.map((error) => error.message)[0]).toMatch(
      /^is missing, but knowledge-check.json holds/,
    )
  })

  it('requires knowledge-check slugs to be unique across packs', () => {
    expect(errorsOf('zz-duplicate-check-slug')).toEqual([
      [
        'zz-duplicate-check-slug/knowledge-check.json',
        '/slug',
        '"minimal-valid-check" is already the slug of the knowledge check in the pack "minimal-valid"; each knowledge check needs its own slug.',
      ],
    ])
  })

  it('formats an error as one line naming the file and field', () => {
    const error: PackError = {
      pack: 'p',
      file: 'p/knowledge-check.json',
      field: '/items/3/choices',
      message: 'has no correct answer.',
    }
    expect(formatPackError(error)).toBe(
      'p/knowledge-check.json /items/3/choices: has no correct answer.',
    )
    expect(formatPackError({ ...error, field: '' })).toBe(
      'p/knowledge-check.json: has no correct answer.',
    )
  })
})

describe('audiences.json', () => {
  it('reports schema errors with the file and field', async () => {
    const result = await loadPacks(path.join(fixturesDir, 'broken-audiences'))
    expect(result.audiences).toEqual([])
    expect(result.errors.map((error) => [error.pack, error.file, error.field])).toEqual([
      [null, 'audiences.json', '/audiences/0/name'],
      [null, 'audiences.json', '/audiences/0/languages/1'],
      [null, 'audiences.json', '/audiences/1/slug'],
    ])
    expect(result.errors[1].message).toBe(
      '"xx" is not allowed here. Use one of: en, fr, es, tl, id, ne, bn, my, hi, ar, ur.',
    )
  })

  it('rejects a slug used twice', () => {
    const audience = {
      slug: 'tourists',
      name: { en: 'T' },
      description: { en: 'D' },
      languages: ['en'],
    }
    const result = validateAudiences({ audiences: [audience, audience] }, createSchemaValidator())
    expect(result.audiences).toBeNull()
    expect(result.errors).toEqual([
      {
        pack: null,
        file: 'audiences.json',
        field: '/audiences/1/slug',
        message: '"tourists" is already the slug of audience 1; each audience needs its own slug.',
      },
    ])
  })

  it('reports a missing audiences.json and skips the audience checks', async () => {
    const result = await loadPacks(path.join(fixturesDir, 'no-such-folder'))
    expect(result.errors).toEqual([
      {
        pack: null,
        file: 'audiences.json',
        field: '',
        message: 'is missing: the file audiences.json does not exist.',
      },
    ])
  })
})

describe('validatePack (in memory)', () => {
  it('validates parsed files without touching the disk', () => {
    const result = validatePack(
      {
        name: 'x',
        campaignFile: 'x/campaign.json',
        knowledgeCheckFile: 'x/knowledge-check.json',
        campaign: { slug: 'x' },
        knowledgeCheck: undefined,
      },
      { validate: createSchemaValidator(), audiences: null },
    )
    expect(result.pack).toBeUndefined()
    expect(result.errors.map((error) => error.field)).toEqual(['/title', '/period', '/audiences'])
  })
})
