import { LinkNode, ServerBlockNode } from '@payloadcms/richtext-lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { ListItemNode, ListNode } from '@payloadcms/richtext-lexical/lexical/list'
import { HeadingNode, QuoteNode } from '@payloadcms/richtext-lexical/lexical/rich-text'
import { beforeAll, describe, expect, it } from 'vitest'

import type { BodyNode, LoadedPack } from '../../../src/packs'

import { bodyToLexical, lexicalToBody, loadPacks } from '../../../src/packs'
import { campaignsDir } from './paths'

const sample: BodyNode[] = [
  { heading: 'Know the **signs**', level: 2 },
  {
    paragraph:
      'Plain, **bold**, *italic*, ***both*** and a [**bold** link](https://example.org/a_(b\\)) then\nanother line.',
  },
  { list: ['first', 'second with [a link](mailto:help@example.org)'], ordered: false },
  { list: ['one', 'two'], ordered: true },
  { warningSigns: { title: 'Signs', signs: ['A', 'B'] } },
  { rights: { title: 'Rights', rights: ['To keep your passport'] } },
  {
    hotline: {
      name: 'Línea 100',
      country: 'PE',
      phone: '100',
      url: '',
      hours: '24/7',
      languages: ['es', 'qu', 'ay'],
      placeholder: false,
      lastVerified: '2026-03-02',
    },
  },
  { image: { media: 'images/poster.jpg', caption: 'Poster' } },
  { paragraph: '' },
]

/** A headless editor with the nodes Payload's admin editor registers for these features. */
const createEditor = () =>
  createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, ServerBlockNode],
    onError: (error) => {
      throw error
    },
  })

/** Loads serialized state into a real Lexical editor and serializes it again. */
const throughEditor = (state: unknown) => {
  const editor = createEditor()
  editor.setEditorState(editor.parseEditorState(state as never))
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as unknown
}

let packs: LoadedPack[]
beforeAll(async () => {
  packs = (await loadPacks(campaignsDir)).packs
})

describe('bodyToLexical', () => {
  it('produces the node shapes of Payload’s editor', () => {
    const state = bodyToLexical(sample.slice(0, 2))
    expect(state.root).toMatchObject({
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
    })
    const [heading, paragraph] = state.root.children
    expect(heading).toEqual({
      children: [
        {
          detail: 0,
          format: 0,
          mode: 'normal',
          style: '',
          text: 'Know the ',
          type: 'text',
          version: 1,
        },
        {
          detail: 0,
          format: 1,
          mode: 'normal',
          style: '',
          text: 'signs',
          type: 'text',
          version: 1,
        },
      ],
      direction: null,
      format: '',
      indent: 0,
      tag: 'h2',
      type: 'heading',
      version: 1,
    })
    expect(paragraph).toMatchObject({ type: 'paragraph', textFormat: 0, textStyle: '' })
    const children = (paragraph as unknown as { children: Record<string, unknown>[] }).children
    expect(children.map((child) => [child.type, child.text, child.format])).toEqual([
      ['text', 'Plain, ', 0],
      ['text', 'bold', 1],
      ['text', ', ', 0],
      ['text', 'italic', 2],
      ['text', ', ', 0],
      ['text', 'both', 3],
      ['text', ' and a ', 0],
      ['link', undefined, ''],
      ['text', ' then', 0],
      ['linebreak', undefined, undefined],
      ['text', 'another line.', 0],
    ])
    expect(children[7]).toEqual({
      children: [
        { detail: 0, format: 1, mode: 'normal', style: '', text: 'bold', type: 'text', version: 1 },
        {
          detail: 0,
          format: 0,
          mode: 'normal',
          style: '',
          text: ' link',
          type: 'text',
          version: 1,
        },
      ],
      direction: null,
      fields: { linkType: 'custom', newTab: false, url: 'https://example.org/a_(b)' },
      format: '',
      id: '11c000000000010000000000',
      indent: 0,
      type: 'link',
      version: 3,
    })
  })

  it('produces Payload block nodes with ids derived from the position', () => {
    const state = bodyToLexical(sample)
    expect(state.root.children[4]).toEqual({
      fields: {
        id: 'b10c00000000040000000000',
        blockName: '',
        blockType: 'warningSigns',
        title: 'Signs',
        signs: [
          { id: 'b10c00000000040000000001', sign: 'A' },
          { id: 'b10c00000000040000000002', sign: 'B' },
        ],
      },
      format: '',
      type: 'block',
      version: 2,
    })
    expect(state.root.children[6]).toMatchObject({
      fields: {
        blockType: 'hotline',
        country: 'PE',
        languages: ['es', 'qu', 'ay'],
        placeholder: false,
      },
    })
    expect(bodyToLexical(sample)).toEqual(state)
  })

  it('maps image media through resolveMedia', () => {
    const state = bodyToLexical(sample, {
      resolveMedia: (media) => (media === 'images/poster.jpg' ? 42 : media),
    })
    expect(state.root.children[7]).toMatchObject({
      fields: { blockType: 'image', media: 42, caption: 'Poster' },
    })
  })

  it('is exactly what a Lexical editor with Payload’s nodes reads and writes back', () => {
    const state = bodyToLexical(sample)
    expect(throughEditor(state)).toEqual(JSON.parse(JSON.stringify(state)))
  })

  it('round-trips every locale of every bundled pack through a real editor', () => {
    expect(packs).toHaveLength(3)
    for (const pack of packs) {
      for (const body of Object.values(pack.campaign.body)) {
        const state = bodyToLexical(body)
        expect(throughEditor(state)).toEqual(JSON.parse(JSON.stringify(state)))
      }
    }
  })
})

describe('lexicalToBody', () => {
  it('inverts bodyToLexical exactly', () => {
    expect(lexicalToBody(bodyToLexical(sample))).toEqual(sample)
  })

  it('round-trips every locale of every bundled pack exactly', () => {
    for (const pack of packs) {
      for (const [locale, body] of Object.entries(pack.campaign.body)) {
        expect(lexicalToBody(bodyToLexical(body)), `${pack.name} ${locale}`).toEqual(body)
      }
    }
  })

  it('reads what the admin editor stores, reporting what packs cannot express', () => {
    const losses: string[] = []
    const stored = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            format: 'center',
            children: [
              {
                type: 'text',
                text: 'under',
                format: 8 | 1,
                detail: 0,
                mode: 'normal',
                style: '',
                version: 1,
              },
              {
                type: 'text',
                text: 'lined',
                format: 1,
                detail: 0,
                mode: 'normal',
                style: '',
                version: 1,
              },
              {
                type: 'link',
                id: '65f0c0ffee0000000000000a',
                fields: { linkType: 'custom', newTab: true, url: 'https://example.org' },
                children: [{ type: 'text', text: 'site*', format: 0, version: 1 }],
              },
            ],
          },
          { type: 'horizontalrule', version: 1 },
          {
            type: 'list',
            listType: 'bullet',
            children: [
              { type: 'listitem', children: [{ type: 'text', text: 'top', format: 0 }] },
              {
                type: 'listitem',
                children: [
                  {
                    type: 'list',
                    listType: 'bullet',
                    children: [
                      { type: 'listitem', children: [{ type: 'text', text: 'nested', format: 0 }] },
                    ],
                  },
                ],
              },
            ],
          },
          {
            type: 'block',
            fields: {
              id: '65f0c0ffee0000000000000b',
              blockName: 'Peru',
              blockType: 'hotline',
              name: 'Línea 1818',
              country: 'PE',
              phone: '1818',
              hours: null,
              placeholder: false,
            },
          },
          {
            type: 'block',
            fields: {
              id: 'x',
              blockType: 'image',
              media: { id: 7, filename: 'poster.jpg' },
              caption: null,
            },
          },
        ],
      },
    }
    const body = lexicalToBody(stored, {
      onLoss: (message, path) => losses.push(`${path}: ${message}`),
    })
    expect(body).toEqual([
      { paragraph: '**underlined**[site\\*](https://example.org)' },
      { list: ['top', 'nested'], ordered: false },
      {
        hotline: {
          name: 'Línea 1818',
          country: 'PE',
          phone: '1818',
          url: '',
          hours: '',
          languages: [],
          placeholder: false,
          lastVerified: '',
        },
      },
      { image: { media: 7, caption: '' } },
    ])
    expect(losses).toEqual([
      '/root/children/0: alignment "center" dropped',
      '/root/children/0/children/0: text formatting other than bold and italic dropped',
      '/root/children/0/children/2: "open in new tab" dropped from a link',
      '/root/children/1: "horizontalrule" dropped',
      '/root/children/2/children/1: nested list flattened',
    ])
  })

  it('returns an empty body for an empty or missing state', () => {
    expect(lexicalToBody(null)).toEqual([])
    expect(lexicalToBody({ root: { children: [] } })).toEqual([])
  })
})
