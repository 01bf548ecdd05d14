import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import type { BodyNode, HotlineFields, LoadResult, LocaleCode } from '../../../src/packs'

import { channelValues } from '../../../src/domain/channels'
import { isRightToLeft, localeCodes } from '../../../src/domain/locales'
import { formatPackError, loadPacks } from '../../../src/packs'
import { campaignsDir } from './paths'

let result: LoadResult
beforeAll(async () => {
  result = await loadPacks(campaignsDir)
})

const pack = (name: string) => {
  const found = result.packs.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`pack ${name} not loaded`)
  return found
}

const hotlines = (body: BodyNode[]): HotlineFields[] =>
  body.flatMap((node) => ('hotline' in node ? [node.hotline] : []))

describe('the bundled campaign packs', () => {
  it('load with zero errors', () => {
    expect(result.errors.map(formatPackError)).toEqual([])
    expect(result.packs.map((loaded) => loaded.name)).toEqual([
      'france-hospitality-duty-to-act',
      'peru-loreto-child-protection',
      'philippines-pre-departure',
    ])
    expect(result.audiences.map((audience) => audience.slug)).toEqual([
      'tourists',
      'hospitality-students',
      'migrant-workers',
    ])
  })

  it('cover the three audiences, one pack each', () => {
    expect(result.packs.map((loaded) => loaded.campaign.audiences)).toEqual([
      ['hospitality-students'],
      ['tourists'],
      ['migrant-workers'],
    ])
  })

  it('have messages (body, title, summary) in at least three languages', () => {
    for (const loaded of result.packs) {
      const locales = Object.keys(loaded.campaign.body)
      expect(locales.length, loaded.name).toBeGreaterThanOrEqual(3)
      for (const locale of locales as LocaleCode[]) {
        expect(loaded.campaign.title[locale], `${loaded.name} title ${locale}`).toBeTruthy()
        expect(loaded.campaign.summary[locale], `${loaded.name} summary ${locale}`).toBeTruthy()
        expect(
          loaded.campaign.body[locale]?.length,
          `${loaded.name} body ${locale}`,
        ).toBeGreaterThan(5)
      }
    }
  })

  it('have knowledge checks of at least 8 items, each with explanations and a source, in every body language', () => {
    for (const loaded of result.packs) {
      const { items } = loaded.knowledgeCheck!
      expect(items.length, loaded.name).toBeGreaterThanOrEqual(8)
      for (const item of items) {
        expect(item.source.length, item.key).toBeGreaterThan(10)
        expect(
          item.choices.filter((choice) => choice.correct),
          item.key,
        ).toHaveLength(1)
        for (const locale of Object.keys(loaded.campaign.body) as LocaleCode[]) {
          expect(item.question[locale], `${item.key} ${locale}`).toBeTruthy()
          expect(item.explanation[locale], `${item.key} ${locale}`).toBeTruthy()
          for (const choice of item.choices) expect(choice.label[locale]).toBeTruthy()
        }
      }
    }
  })

  it('set objectives with targets for every audience, channels, a period and sources', () => {
    for (const loaded of result.packs) {
      const { campaign } = loaded
      expect(campaign.objectives.map((objective) => objective.audience)).toEqual(campaign.audiences)
      for (const objective of campaign.objectives) {
        expect(objective.reachTarget).toBeGreaterThan(0)
        expect(objective.knowledgeGainTarget).toBeGreaterThan(0)
        expect(objective.passMark).toBeGreaterThan(0)
      }
      expect(campaign.channels.length).toBeGreaterThan(0)
      expect(campaign.period).toMatchObject({ start: '2026-01-01', end: '2027-12-31' })
      expect(campaign.sources.length).toBeGreaterThan(5)
      expect(campaign.knowledgeCheck).toBe(loaded.knowledgeCheck?.slug)
    }
  })

  it('count their days where the campaigns run', () => {
    expect(result.packs.map((loaded) => [loaded.name, loaded.campaign.period.timeZone])).toEqual([
      ['france-hospitality-duty-to-act', 'Europe/Paris'],
      ['peru-loreto-child-protection', 'America/Lima'],
      ['philippines-pre-departure', 'Asia/Manila'],
    ])
  })

  it('give the migrant-worker pack Tagalog and a right-to-left language', () => {
    const locales = Object.keys(pack('philippines-pre-departure').campaign.body) as LocaleCode[]
    expect(locales).toContain('tl')
    expect(locales.some(isRightToLeft)).toBe(true)
  })

  it('show unverified facts only as visible placeholders, with placeholder hotlines marked', () => {
    for (const loaded of result.packs) {
      for (const body of Object.values(loaded.campaign.body)) {
        for (const hotline of hotlines(body)) {
          const text = [hotline.name, hotline.phone, hotline.url, hotline.hours].join(' ')
          expect(hotline.placeholder, hotline.name).toBe(/\[PLACEHOLDER/.test(text))
        }
      }
    }
    // The facts CONTENT-SOURCES.md marks unverified appear in every body language as placeholders.
    const placeholders = (name: string) =>
      Object.values(pack(name).campaign.body).map(
        (body) => JSON.stringify(body).match(/\[PLACEHOLDER/g)?.length,
      )
    expect(placeholders('peru-loreto-child-protection')).toEqual([1, 1, 1]) // art. 129-J penalty
    expect(placeholders('france-hospitality-duty-to-act')).toEqual([1, 1, 1]) // 15–17 penalty
    // Saudi fine amount, qualified trafficking, 1343 international numbers, Kuwait numbers
    expect(placeholders('philippines-pre-departure')).toEqual([4, 4, 4])
    for (const locale of ['en', 'tl', 'ar'] as const) {
      const kuwait = hotlines(pack('philippines-pre-departure').campaign.body[locale] ?? []).find(
        (hotline) => hotline.country === 'KW',
      )
      expect(kuwait?.placeholder).toBe(true)
    }
  })

  it('use only the hotline numbers CONTENT-SOURCES.md gives', () => {
    const numbers = result.packs.flatMap((loaded) =>
      hotlines(loaded.campaign.body.en ?? [])
        .filter((hotline) => !hotline.placeholder && hotline.phone)
        .map((hotline) => `${hotline.country} ${hotline.phone.replace(/\s*\((?!\d)[^)]*\)/g, '')}`),
    )
    expect(numbers).toEqual([
      'FR 119',
      'FR 17 · 112 · 114',
      'PE 1818',
      'PE 105',
      'PE 100',
      'PH 1343 · (02) 1343',
      'PH 1348 · +632 1348',
      'AE 80060',
      'SA 19911',
      'QA 16008 · complaints by SMS: 92727',
    ])
  })

  it('cite the source report as the Trafficking in Persons Report 2016, never 2017', () => {
    for (const loaded of result.packs) {
      const files = ['campaign.json', 'knowledge-check.json', 'README.md'].map((file) =>
        readFileSync(path.join(loaded.dir, file), 'utf8'),
      )
      for (const text of files) expect(text, loaded.name).not.toMatch(/(?<!2009-)2017/) // the archive is 2009-2017.state.gov
      expect(loaded.campaign.sources[0]?.label, loaded.name).toMatch(
        /Trafficking in Persons Report 2016 .*Meeting the Global Challenge/,
      )
    }
  })

  it('make no claim the sources do not support: no "toll-free", no assumed hotline languages', () => {
    for (const loaded of result.packs) {
      const text = JSON.stringify([loaded.campaign, loaded.knowledgeCheck])
      expect(text, loaded.name).not.toMatch(/toll[- ]free|bebas pulsa|الرقم المجاني/i)
      for (const body of Object.values(loaded.campaign.body)) {
        for (const hotline of hotlines(body)) {
          // Only Línea 100's languages are stated by a source (Infobae, 2025).
          if (hotline.languages.length > 0) expect(hotline.phone, hotline.name).toBe('100')
        }
      }
    }
  })

  it('send no Indonesian reader to Philippine hotlines and law: the pack has no Indonesian', () => {
    const { campaign, knowledgeCheck } = pack('philippines-pre-departure')
    expect(Object.keys(campaign.body)).toEqual(['en', 'tl', 'ar'])
    expect(JSON.stringify([campaign, knowledgeCheck])).not.toMatch(/"id":/)
  })

  it('give the ILO C189 contract right to domestic workers only, in every language', () => {
    const { body } = pack('philippines-pre-departure').campaign
    const domestic = { ar: /لعمال المنزليين/, en: /[Dd]omestic workers/, tl: /domestic worker/ }
    for (const [locale, nodes] of Object.entries(body)) {
      const mentions = JSON.stringify(nodes)
        .split(/(?<=[.;]) |","/)
        .filter((sentence) => /189/.test(sentence))
      expect(mentions.length, locale).toBeGreaterThan(0)
      for (const sentence of mentions) {
        expect(sentence, locale).toMatch(domestic[locale as keyof typeof domestic])
      }
    }
  })

  it('do not make the correct choice systematically the longest', () => {
    for (const loaded of result.packs) {
      const { items } = loaded.knowledgeCheck!
      for (const locale of Object.keys(loaded.campaign.body) as LocaleCode[]) {
        const longestIsCorrect = items.filter((item) => {
          const lengths = item.choices.map((choice) => (choice.label[locale] ?? '').length)
          const longest = Math.max(...lengths)
          const atLongest = item.choices.filter((_, index) => lengths[index] === longest)
          return atLongest.length === 1 && atLongest[0]?.correct === true
        })
        // Three choices each: a cue-free check has the correct one longest about a third of the time.
        expect(longestIsCorrect.length, `${loaded.name} ${locale}`).toBeLessThanOrEqual(
          Math.ceil(items.length / 2),
        )
      }
    }
  })

  it('carry a README with sources and the translations needing review', () => {
    for (const loaded of result.packs) {
      const readme = readFileSync(path.join(loaded.dir, 'README.md'), 'utf8')
      expect(readme).toMatch(/## Sources/)
      expect(readme).toMatch(/native speaker/)
    }
  })
})

describe('the JSON Schemas', () => {
  const schema = (name: string) =>
    JSON.parse(readFileSync(path.join(campaignsDir, 'schema', `${name}.schema.json`), 'utf8')) as {
      $defs: Record<string, unknown>
      $schema: string
    }

  it('are draft 2020-12 and share identical definitions', () => {
    const all = ['audiences', 'campaign', 'knowledge-check'].map(schema)
    for (const file of all)
      expect(file.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    for (const name of ['slug', 'locale', 'localizedText']) {
      expect(all[1].$defs[name]).toEqual(all[0].$defs[name])
      expect(all[2].$defs[name]).toEqual(all[0].$defs[name])
    }
  })

  it('list the locales and channels the collections accept', () => {
    expect((schema('campaign').$defs.locale as { enum: string[] }).enum).toEqual(localeCodes)
    const campaign = schema('campaign') as unknown as {
      properties: { channels: { items: { enum: string[] } } }
    }
    expect(campaign.properties.channels.items.enum).toEqual(channelValues)
  })

  it('are referenced by every pack file for editor completion', () => {
    const read = (file: string) =>
      JSON.parse(readFileSync(path.join(campaignsDir, file), 'utf8')) as { $schema: string }
    expect(read('audiences.json').$schema).toBe('./schema/audiences.schema.json')
    for (const loaded of result.packs) {
      expect(read(`${loaded.name}/campaign.json`).$schema).toBe('../schema/campaign.schema.json')
      expect(read(`${loaded.name}/knowledge-check.json`).$schema).toBe(
        '../schema/knowledge-check.schema.json',
      )
    }
  })
})
