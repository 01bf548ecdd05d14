import type { Answers, AssessmentPhase, EventType } from '../../../evaluation/events/wireEvent'
import type { Campaign, SubmissionFeedback, WidgetConfig, WireEvent } from './types'

import { h } from './dom'
import { fetchCampaign } from './fetchCampaign'
import { createOutbox } from './outbox'
import { readProgress, respondentId, writeProgress } from './respondent'
import { createSessions } from './sessions'
import { checkForm } from './steps/checkForm'
import { contentView } from './steps/contentView'
import { feedbackView } from './steps/feedbackView'
import { hotlinesView } from './steps/hotlinesView'
import { stringsFor } from './strings'
import { styles } from './styles'
import { uuid } from './uuid'

let instances = 0

/**
 * One embedded campaign: consent → pre check → content → post check with feedback → hotlines.
 * Everything renders in an open shadow root on `host`.
 */
export const mountWidget = async (host: HTMLElement, config: WidgetConfig): Promise<void> => {
  const uid = `aw${(instances += 1)}`
  const root = host.attachShadow({ mode: 'open' })
  const ui = stringsFor(config.locale)
  const frame = h('div', { class: 'aw' }, h('p', { role: 'status' }, ui.strings.loading))
  root.append(h('style', {}, styles), frame)

  let campaign: Campaign
  try {
    campaign = await fetchCampaign(config)
  } catch (error) {
    console.error(`[aware] campaign "${config.campaign}" could not be loaded:`, error)
    frame.replaceChildren(h('p', { role: 'status' }, ui.strings.loadError))
    return
  }

  const { lang: uiLang, strings } = stringsFor(campaign.locale)
  // Marks the widget's own words when they are not in the campaign's language.
  const lang = uiLang === campaign.locale ? undefined : uiLang
  host.setAttribute('lang', campaign.locale)
  host.setAttribute('dir', campaign.dir)
  frame.setAttribute('dir', campaign.dir)

  const audience = config.audience ?? campaign.audiences[0]
  if (!config.audience) {
    console.warn(`[aware] no data-audience: events are counted for "${audience}"`)
  }
  const check = campaign.knowledgeCheck
  const progress = readProgress(campaign.slug)
  // Post-check submissions waiting for the server's feedback (null: sent, but none came back).
  const pendingFeedback = new Map<string, (feedback: null | SubmissionFeedback) => void>()
  const settle = (id: string, feedback: null | SubmissionFeedback) => {
    const show = pendingFeedback.get(id)
    pendingFeedback.delete(id)
    show?.(feedback)
  }
  const sessions = createSessions(config.apiBase, config.key)
  const outbox = createOutbox(config.apiBase, config.key, sessions, {
    onFeedback: (feedback) => settle(feedback.id, feedback),
    onSent: (ids) => ids.forEach((id) => settle(id, null)),
  })

  let respondent = respondentId(progress.consent === true)
  // The server times a check from its session's start, so the session starts before the check.
  const startSession = () =>
    void sessions.sessionFor({ audience, campaign: campaign.slug, respondent })
  startSession()
  const event = (type: EventType, assessment?: WireEvent['assessment']): WireEvent => ({
    ...(assessment ? { assessment } : {}),
    audience,
    campaign: campaign.slug,
    channel: config.channel,
    consent: progress.consent === true,
    id: uuid(),
    locale: campaign.locale,
    occurredAt: new Date().toISOString(),
    respondent,
    type,
  })
  let ctaSent = false
  const onCta = () => {
    if (ctaSent) return
    ctaSent = true
    outbox.add([event('cta')])
  }

  // Each step moves focus to its own heading, which screen readers announce; no live region.
  const step = h('div', { class: 'aw-step' })
  const status = h('p', { class: 'aw-status', lang, role: 'status' })
  const hotlines = hotlinesView(campaign.hotlines, strings, onCta, lang)
  frame.replaceChildren(
    h('h2', {}, campaign.title),
    campaign.summary ? h('p', { class: 'aw-summary' }, campaign.summary) : '',
    campaign.fallback ? h('p', { class: 'aw-note', lang }, strings.fallback) : '',
    step,
    status,
    hotlines ?? '',
  )

  const show = (content: Node, focus: boolean) => {
    step.replaceChildren(content)
    status.textContent = ''
    if (focus) step.querySelector<HTMLElement>('[tabindex="-1"]')?.focus()
  }
  const done = (phase: AssessmentPhase) => {
    if (!progress.phases.includes(phase)) progress.phases.push(phase)
    writeProgress(campaign.slug, progress)
  }
  const submission = (phase: AssessmentPhase, answers: Answers): WireEvent['assessment'] =>
    check ? { answers, assessment: check.assessment, phase, revision: check.revision } : undefined

  const showThanks = (focus: boolean) =>
    show(h('p', { class: 'aw-card', lang, tabindex: -1 }, strings.thanks), focus)

  const showPost = () => {
    if (!check) return
    show(
      checkForm({
        check,
        lang,
        onSubmit: (answers) => {
          const submitted = event('assessment', submission('post', answers))
          pendingFeedback.set(submitted.id, (feedback) => {
            if (feedback) show(feedbackView(check, answers, feedback, strings, lang), true)
            else show(h('p', { class: 'aw-card', lang, tabindex: -1 }, strings.resultsLater), true)
          })
          done('post')
          outbox.add([submitted], true)
          void outbox.flush().then(() => {
            // Still unsent: offline. The answers wait on this device; the feedback follows.
            if (pendingFeedback.has(submitted.id) && outbox.offline()) {
              status.textContent = strings.offline
            }
          })
        },
        phase: 'post',
        respondent,
        strings,
        uid,
      }),
      true,
    )
  }

  const showContent = (focus: boolean) => {
    const takesPart = progress.consent === true && check !== null
    const postDone = progress.phases.includes('post')
    show(
      contentView(
        campaign,
        config.apiBase,
        strings,
        {
          onContinue: takesPart && !postDone ? showPost : null,
          onCta,
          onEngaged: () => outbox.add([event('engagement')]),
        },
        lang,
      ),
      focus,
    )
    outbox.add([event('impression')])
  }

  const showPre = () => {
    if (!check) return
    show(
      checkForm({
        check,
        lang,
        onSubmit: (answers) => {
          outbox.add([event('assessment', submission('pre', answers))])
          done('pre')
          showContent(true)
        },
        phase: 'pre',
        respondent,
        strings,
        uid,
      }),
      true,
    )
  }

  const decide = (consent: boolean) => {
    progress.consent = consent
    writeProgress(campaign.slug, progress)
    respondent = respondentId(consent)
    startSession()
    if (consent) showPre()
    else showContent(true)
  }

  if (!check || progress.consent === false) return showContent(false)
  if (progress.consent === true) {
    if (progress.phases.includes('post')) return showThanks(false)
    return progress.phases.includes('pre') ? showContent(false) : showPre()
  }
  show(
    h(
      'div',
      { class: 'aw-card' },
      h('h3', { lang }, strings.consentTitle),
      h('p', { lang }, strings.consentBody.replace('{n}', String(check.items.length))),
      h(
        'div',
        { class: 'aw-actions' },
        Object.assign(
          h('button', { class: 'aw-primary', lang, type: 'button' }, strings.consentYes),
          {
            onclick: () => decide(true),
          },
        ),
        Object.assign(
          h('button', { class: 'aw-secondary', lang, type: 'button' }, strings.consentNo),
          { onclick: () => decide(false) },
        ),
      ),
    ),
    false,
  )
}
