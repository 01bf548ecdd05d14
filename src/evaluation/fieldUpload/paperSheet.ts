import type { FieldCampaign } from './fieldCampaign'
import type { SheetQuestions } from './loadSheetQuestions'

import { stringsFor } from '../../delivery/widget/runtime/strings'
import { escapeHtml } from '../../delivery/content/escapeHtml'
import { isRightToLeft } from '../../domain/locales'

/** The page loads nothing and runs nothing: its styles are its own. */
export const PAPER_SHEET_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const styles = `
* { box-sizing: border-box }
body { margin: 0; font: 16px/1.45 system-ui, sans-serif; color: #111 }
.sheet { max-width: 760px; margin: 0 auto; padding: 24px }
.sheet__head { display: flex; justify-content: space-between; gap: 16px; align-items: flex-start;
  border-bottom: 2px solid #111; padding-bottom: 12px }
.sheet__head h1 { margin: 0 0 4px; font-size: 22px }
.sheet__head p { margin: 0; color: #444; font-size: 13px }
.sheet__code { border: 2px solid #111; padding: 6px 10px; min-width: 260px }
.sheet__code-label { font-size: 12px; font-weight: 600 }
.sheet__code-box { display: block; height: 40px }
.sheet__facts { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 14px 0; font-size: 14px }
.sheet__facts .line { display: inline-block; min-width: 140px; border-bottom: 1px solid #111 }
.sheet__intro { margin: 8px 0 16px }
.sheet__items { margin: 0; padding-inline-start: 24px }
.sheet__item { break-inside: avoid; margin-bottom: 16px }
.sheet__question { margin: 0 0 6px; font-weight: 600 }
.sheet__choices { list-style: none; margin: 0; padding: 0 }
.sheet__choices li { display: flex; gap: 10px; align-items: baseline; padding: 3px 0 }
.tick { flex: none; width: 16px; height: 16px; border: 1.5px solid #111; display: inline-block;
  transform: translateY(2px) }
.key { flex: none; font: 12px ui-monospace, monospace; color: #555; min-width: 1.5em }
.sheet__foot { margin-top: 20px; border-top: 1px solid #999; padding-top: 6px; font-size: 11px;
  color: #555 }
.screen-only { background: #f3f4f6; padding: 8px 12px; font-size: 14px }
@media print {
  @page { size: A4; margin: 14mm }
  .screen-only { display: none }
  .sheet { max-width: none; padding: 0 }
  body { font-size: 12pt }
}
`

const tick = '<span class="tick" aria-hidden="true"></span>'

const item = (
  entry: SheetQuestions['items'][number],
) => `<li class="sheet__item" data-item="${escapeHtml(entry.key)}">
<p class="sheet__question">${escapeHtml(entry.question)}</p>
<ul class="sheet__choices">
${entry.choices.map((choice) => `<li>${tick}<span class="key" lang="en" dir="ltr">${escapeHtml(choice.key)}</span><span>${escapeHtml(choice.label)}</span></li>`).join('\n')}
</ul>
</li>`

/**
 * A printable paper version of a campaign's knowledge check in one language: a box for the
 * respondent code, the session's facts to fill in, and each question with boxes to tick beside
 * its choices (their keys printed small, for whoever types the sheet in). Right to left for Arabic
 * and Urdu. The labels a facilitator fills in are in English; what the respondent reads is in the
 * sheet's language. Everything an editor wrote is escaped.
 */
export const paperSheet = (campaign: FieldCampaign, questions: SheetQuestions): string => {
  const { lang, strings } = stringsFor(questions.locale)
  const dir = isRightToLeft(questions.locale) ? 'rtl' : 'ltr'
  const revision = campaign.assessment?.revision ?? 1
  return `<!doctype html>
<html lang="${questions.locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(questions.title)} — paper sheet</title>
<style>${styles}</style>
</head>
<body>
<p class="screen-only" lang="en" dir="ltr">Print this page (Ctrl+P or ⌘P); the print has no page chrome. One sheet per respondent and phase.</p>
<main class="sheet">
<header class="sheet__head">
<div>
<h1>${escapeHtml(questions.title)}</h1>
<p lang="en" dir="ltr">${escapeHtml(campaign.slug)} · revision ${revision}</p>
</div>
<div class="sheet__code" role="group" aria-labelledby="respondent-code">
<span class="sheet__code-label" id="respondent-code" lang="en">Respondent code</span>
<span class="sheet__code-box" data-box="respondent"></span>
</div>
</header>
<div class="sheet__facts" lang="en">
<span>Date <span class="line" data-box="date"></span></span>
<span>${tick} Before the session (pre)</span>
<span>${tick} After (post)</span>
<span>${tick} Weeks later (follow-up)</span>
<span>Agreed to take part: ${tick} yes ${tick} no</span>
</div>
<p class="sheet__intro" lang="${lang}">${escapeHtml(strings.preIntro)}</p>
<ol class="sheet__items">
${questions.items.map(item).join('\n')}
</ol>
<p class="sheet__foot" lang="en" dir="ltr">Never write a name, phone number or address on this sheet: the code is all that pairs it with the person's other sheets.</p>
</main>
</body>
</html>
`
}
