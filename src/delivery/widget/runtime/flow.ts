import type { AssessmentPhase } from '../../../evaluation/events/wireEvent'
import type { Frame } from './frame'
import type { Progress } from './respondent'
import type { Strings } from './strings'
import type { Tracker } from './tracker'
import type { Campaign, KnowledgeCheck, WidgetConfig } from './types'

import { h } from './dom'
import { writeProgress } from './respondent'
import { checkForm } from './steps/checkForm'
import { consentView } from './steps/consentView'
import { contentView } from './steps/contentView'
import { feedbackView } from './steps/feedbackView'

/** One embedded campaign once it is loaded and laid out: what each step reads. */
export type Flow = {
  campaign: Campaign
  config: WidgetConfig
  frame: Frame
  /** Set when the widget's own words are in another language than the campaign's. */
  lang: string | undefined
  progress: Progress
  strings: Strings
  tracker: Tracker
  /** Unique per widget on the page, so two widgets' radio groups never share a name. */
  uid: string
}

const card = (flow: Flow, text: string) =>
  h('p', { class: 'aw-card', lang: flow.lang, tabindex: -1 }, text)

const done = ({ campaign, config, progress }: Flow, phase: AssessmentPhase) => {
  if (!progress.phases.includes(phase)) progress.phases.push(phase)
  if (!config.preview) writeProgress(campaign.slug, progress)
}

const form = (
  flow: Flow,
  check: KnowledgeCheck,
  phase: 'post' | 'pre',
  onSubmit: Parameters<typeof checkForm>[0]['onSubmit'],
) =>
  checkForm({
    check,
    lang: flow.lang,
    onSubmit,
    phase,
    respondent: flow.tracker.respondent(),
    strings: flow.strings,
    uid: flow.uid,
  })

const showPost = (flow: Flow, check: KnowledgeCheck) => {
  const { frame, strings, tracker } = flow
  const submitted = (answers: Parameters<Tracker['sendPost']>[0]) => {
    done(flow, 'post')
    void tracker
      .sendPost(answers, (feedback) =>
        frame.show(
          feedback
            ? feedbackView(check, answers, feedback, strings, flow.lang)
            : card(flow, strings.resultsLater),
          true,
        ),
      )
      // Still unsent: offline. The answers wait on this device; the feedback follows.
      .then((offline) => offline && frame.status(strings.offline))
  }
  frame.show(form(flow, check, 'post', submitted), true)
}

const showContent = (flow: Flow, focus: boolean) => {
  const { campaign, progress, tracker } = flow
  const check = campaign.knowledgeCheck
  const next =
    progress.consent === true && check && !progress.phases.includes('post')
      ? () => showPost(flow, check)
      : null
  flow.frame.show(
    contentView(
      campaign,
      flow.config.apiBase,
      flow.strings,
      { onContinue: next, onCta: tracker.cta, onEngaged: tracker.engagement },
      flow.lang,
    ),
    focus,
  )
  tracker.impression()
}

const showPre = (flow: Flow, check: KnowledgeCheck) =>
  flow.frame.show(
    form(flow, check, 'pre', (answers) => {
      flow.tracker.sendPre(answers)
      done(flow, 'pre')
      showContent(flow, true)
    }),
    true,
  )

const askConsent = (flow: Flow, check: KnowledgeCheck) =>
  flow.frame.show(
    consentView(check.items.length, flow.strings, flow.lang, (consent) => {
      flow.progress.consent = consent
      if (!flow.config.preview) writeProgress(flow.campaign.slug, flow.progress)
      flow.tracker.setConsent(consent)
      if (consent) showPre(flow, check)
      else showContent(flow, true)
    }),
    false,
  )

/**
 * Consent → pre check → content → post check with feedback, resumed where this device left off:
 * without a check, or once consent was refused, the content alone; after the post, thanks.
 */
export const startFlow = (flow: Flow): void => {
  const check = flow.campaign.knowledgeCheck
  const { consent, phases } = flow.progress
  if (!check || consent === false) return showContent(flow, false)
  if (consent === null) return askConsent(flow, check)
  if (phases.includes('post')) return flow.frame.show(card(flow, flow.strings.thanks), false)
  if (phases.includes('pre')) return showContent(flow, false)
  showPre(flow, check)
}
