import type { Localized } from '../../delivery/content/localized'
import type { EditorState } from '../../delivery/content/publishedContent'
import type { LocaleCode } from '../../domain/locales'
import type { BodyNode, HotlineFields } from '../../packs/types'

import { localeCodes } from '../../domain/locales'
import { lexicalToBody } from '../../packs/lexicalToBody'

/** The texts of a campaign that people read, in every language it has. */
export type CampaignInLocales = {
  body: Localized<EditorState>
  summary: Localized<string>
  title: Localized<string>
}

export type KnowledgeCheckInLocales = {
  items: {
    choices: { key: string; label: Localized<string> }[]
    explanation: Localized<string>
    key: string
    question: Localized<string>
  }[]
  title: Localized<string>
}

/** One step of where a text sits, e.g. body → hotline "1343 Actionline" → phone. */
export type FieldPart =
  | { label: string; part: 'hotline' | 'rights' | 'warningSigns' }
  | { n: number; part: 'choice' | 'item' | 'question' }
  | {
      part:
        | 'body'
        | 'caption'
        | 'explanation'
        | 'heading'
        | 'hours'
        | 'image'
        | 'knowledgeCheck'
        | 'list'
        | 'name'
        | 'paragraph'
        | 'phone'
        | 'summary'
        | 'title'
        | 'url'
    }

/** A piece of text people read: its language, where it is (`path` for machines) and the text. */
export type LocatedText = { locale: LocaleCode; path: string; text: string; where: FieldPart[] }

export type LocatedHotline = {
  hotline: HotlineFields
  locale: LocaleCode
  path: string
  where: FieldPart[]
}

export type CampaignTexts = { hotlines: LocatedHotline[]; texts: LocatedText[] }

const bodyTexts = (locale: LocaleCode, nodes: BodyNode[], out: CampaignTexts) => {
  const body: FieldPart = { part: 'body' }
  const add = (path: string, text: string, ...where: FieldPart[]) => {
    if (text !== '') out.texts.push({ locale, path, text, where: [body, ...where] })
  }
  nodes.forEach((node, index) => {
    const at = `body.${index}`
    if ('heading' in node) add(at, node.heading, { part: 'heading' })
    else if ('paragraph' in node) add(at, node.paragraph, { part: 'paragraph' })
    else if ('list' in node) {
      node.list.forEach((entry, row) =>
        add(`${at}.${row}`, entry, { part: 'list' }, { n: row + 1, part: 'item' }),
      )
    } else if ('warningSigns' in node) {
      const block: FieldPart = { label: node.warningSigns.title, part: 'warningSigns' }
      add(`${at}.title`, node.warningSigns.title, block, { part: 'title' })
      node.warningSigns.signs.forEach((sign, row) =>
        add(`${at}.signs.${row}`, sign, block, { n: row + 1, part: 'item' }),
      )
    } else if ('rights' in node) {
      const block: FieldPart = { label: node.rights.title, part: 'rights' }
      add(`${at}.title`, node.rights.title, block, { part: 'title' })
      node.rights.rights.forEach((right, row) =>
        add(`${at}.rights.${row}`, right, block, { n: row + 1, part: 'item' }),
      )
    } else if ('hotline' in node) {
      const { hotline } = node
      const block: FieldPart = { label: hotline.name, part: 'hotline' }
      out.hotlines.push({ hotline, locale, path: at, where: [body, block] })
      for (const part of ['name', 'phone', 'url', 'hours'] as const) {
        add(`${at}.${part}`, hotline[part], block, { part })
      }
    } else {
      add(`${at}.caption`, node.image.caption, { part: 'image' }, { part: 'caption' })
    }
  })
}

/**
 * Every text of the campaign and its knowledge check, language by language, in reading order;
 * and its hotlines. The body is read the way packs read it, so what an editor sees flagged here is
 * what an export would write.
 */
export const campaignTexts = (
  campaign: CampaignInLocales,
  check: KnowledgeCheckInLocales | null,
): CampaignTexts => {
  const out: CampaignTexts = { hotlines: [], texts: [] }
  for (const locale of localeCodes) {
    const add = (path: string, text: string | undefined, ...where: FieldPart[]) => {
      if (text) out.texts.push({ locale, path, text, where })
    }
    add('title', campaign.title[locale], { part: 'title' })
    add('summary', campaign.summary[locale], { part: 'summary' })
    const body = campaign.body[locale]
    if (body) bodyTexts(locale, lexicalToBody(body), out)
    if (!check) continue
    const knowledgeCheck: FieldPart = { part: 'knowledgeCheck' }
    add('knowledgeCheck.title', check.title[locale], knowledgeCheck, { part: 'title' })
    check.items.forEach((item, index) => {
      const question: FieldPart = { n: index + 1, part: 'question' }
      const at = `knowledgeCheck.items.${index}`
      add(`${at}.question`, item.question[locale], knowledgeCheck, question)
      item.choices.forEach((choice, position) =>
        add(`${at}.choices.${position}`, choice.label[locale], knowledgeCheck, question, {
          n: position + 1,
          part: 'choice',
        }),
      )
      add(`${at}.explanation`, item.explanation[locale], knowledgeCheck, question, {
        part: 'explanation',
      })
    })
  }
  return out
}
