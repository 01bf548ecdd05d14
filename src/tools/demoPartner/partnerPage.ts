import type { QuestionMode } from '../../delivery/widget/runtime/questionMode'

import { escapeHtml } from '../../delivery/content/escapeHtml'

export type PartnerPageOptions = {
  audience: string
  audiences: string[]
  awareUrl: string
  campaign: null | string
  campaigns: { locales: string[]; slug: string; title: string }[]
  locale: string
  partnerKey: string
  /** The snippet's data-questions; null leaves the layout to the widget's width. */
  questions: null | QuestionMode
}

/** The layouts the page offers, '' meaning the widget's own choice by its width. */
const QUESTION_LAYOUTS: Record<'' | QuestionMode, string> = {
  '': 'By the widget’s width',
  'all-at-once': 'All at once',
  'one-per-screen': 'One per screen',
}

const LANGUAGE_NAMES: Record<string, string> = {
  ar: 'العربية',
  bn: 'বাংলা',
  en: 'English',
  es: 'Español',
  fr: 'Français',
  hi: 'हिन्दी',
  id: 'Bahasa Indonesia',
  my: 'မြန်မာ',
  ne: 'नेपाली',
  tl: 'Tagalog',
  ur: 'اردو',
}

const options = (values: string[], selected: string, label = (value: string) => value) =>
  values
    .map(
      (value) =>
        `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label(value))}</option>`,
    )
    .join('')

/** The one paste a partner developer puts in a page. */
export const embedSnippet = ({
  audience,
  awareUrl,
  campaign,
  locale,
  partnerKey,
  questions,
}: Pick<PartnerPageOptions, 'audience' | 'awareUrl' | 'locale' | 'partnerKey' | 'questions'> & {
  campaign: string
}) =>
  `<script src="${escapeHtml(awareUrl)}/embed.js" data-key="${escapeHtml(partnerKey)}" ` +
  `data-campaign="${escapeHtml(campaign)}" data-audience="${escapeHtml(audience)}" ` +
  `data-locale="${escapeHtml(locale)}"` +
  (questions ? ` data-questions="${escapeHtml(questions)}"` : '') +
  ' async></script>'

/**
 * A stand-in partner site: a seminar centre's page on its own origin that lets a visitor pick
 * an audience, a language and the questions' layout, and embeds the chosen campaign with the
 * one-paste snippet.
 */
export const partnerPage = (page: PartnerPageOptions): string => {
  const selected = page.campaigns.find((campaign) => campaign.slug === page.campaign)
  const locales = selected?.locales ?? Object.keys(LANGUAGE_NAMES)
  const snippet = selected
    ? embedSnippet({ ...page, campaign: selected.slug })
    : '<p>No campaign is running for this audience right now.</p>'
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Safe Journeys Centre — partner page (Aware demo)</title>
<style>
body{margin:0;font:16px/1.5 Georgia,serif;color:#222;background:#faf7f2}
header,main,footer{max-width:48rem;margin:0 auto;padding:1rem}
header{border-bottom:3px solid #7a3e00}
h1{font-size:1.5rem;margin:.25rem 0}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:1rem 0}
label{display:flex;flex-direction:column;font-size:.9rem;max-width:100%}
select,button{font:inherit;min-height:44px;padding:.25rem .5rem;max-width:100%}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ccc;padding:.75rem}
</style>
</head>
<body>
<header>
<h1>Safe Journeys Centre</h1>
<p>A demo partner site on its own origin. The campaign below is served by Aware at
<a href="${escapeHtml(page.awareUrl)}/api/openapi.json">${escapeHtml(page.awareUrl)}</a>.</p>
</header>
<main>
<form method="get" action="/">
<label>Audience<select name="audience">${options(page.audiences, page.audience)}</select></label>
<label>Campaign<select name="campaign">${options(
    page.campaigns.map((campaign) => campaign.slug),
    selected?.slug ?? '',
    (slug) => page.campaigns.find((campaign) => campaign.slug === slug)?.title ?? slug,
  )}</select></label>
<label>Language<select name="locale">${options(locales, page.locale, (code) => LANGUAGE_NAMES[code] ?? code)}</select></label>
<label>Questions<select name="questions">${options(
    Object.keys(QUESTION_LAYOUTS),
    page.questions ?? '',
    (layout) => QUESTION_LAYOUTS[layout as keyof typeof QUESTION_LAYOUTS],
  )}</select></label>
<button type="submit">Show</button>
</form>
${snippet}
</main>
<footer>
<h2>The one paste</h2>
<pre><code>${escapeHtml(snippet)}</code></pre>
</footer>
</body>
</html>
`
}
