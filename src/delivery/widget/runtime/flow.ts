import type { Answers, AssessmentPhase } from '../../../evaluation/events/wireEvent'
import type { Frame } from './frame'
import type { Progress } from './respondent'
import type { Strings } from './words'
import type { ScoredPhase, Tracker } from './tracker'
import type { Campaign, KnowledgeCheck, WidgetConfig } from './types'

import { h } from './dom'
import { followUpDue } from './followUp'
import { questionModeFor } from './questionMode'
import { writeProgress } from './respondent'
import { checkForm } from './steps/checkForm'
import { consentView, followUpWords } from './steps/consentView'
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

/** Keeps what this device needs to resume; a preview keeps nothing. */
const save = ({ campaign, config, progress }: Flow) => {
  if (!config.preview) writeProgress(campaign.slug, progress)
}

const done = (flow: Flow, phase: AssessmentPhase) => {
  if (!flow.progress.phases.includes(phase)) flow.progress.phases.push(phase)
  save(flow)
}

const form = (
  flow: Flow,
  check: KnowledgeCheck,
  phase: AssessmentPhase,
  onSubmit: (answers: Answers) => void,
) =>
  checkForm({
    check,
    lang: flow.lang,
    // Chosen as the check opens, from the widget's own width at that moment.
    mode: questionModeFor(flow.config.questions, flow.frame.width()),
    onSubmit,
    phase,
    respondent: flow.tracker.respondent(),
    strings: flow.strings,
    uid: flow.uid,
  })

/** A post or follow-up check, then the server's feedback on it (after the post: before → after). */
const showScored = (flow: Flow, check: KnowledgeCheck, phase: ScoredPhase) => {
  const { frame, progress, strings, tracker } = flow
  const submitted = (answers: Answers) => {
    if (phase === 'post') progress.postAt = Date.now()
    done(flow, phase)
    void tracker
      .sendScored(phase, answers, (feedback) => {
        const pre = phase === 'post' ? progress.pre : undefined
        frame.show(
          feedback
            ? feedbackView(check, answers, feedback, strings, { lang: flow.lang, pre })
            : card(flow, strings.resultsLater),
          true,
        )
        // Shown once: the pre answers are no longer needed on this device.
        if (feedback && pre) {
          delete progress.pre
          save(flow)
        }
      })
      // Still unsent: offline. The answers wait on this device; the feedback follows.
      .then((offline) => offline && frame.status(strings.offline))
  }
  frame.show(form(flow, check, phase, submitted), true)
}

const showContent = (flow: Flow, focus: boolean) => {
  const { campaign, progress, tracker } = flow
  const check = campaign.knowledgeCheck
  const next =
    progress.consent === true && check && !progress.phases.includes('post')
      ? () => showScored(flow, check, 'post')
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
      flow.progress.pre = answers
      done(flow, 'pre')
      showContent(flow, true)
    }),
    true,
  )

const askConsent = (flow: Flow, check: KnowledgeCheck) =>
  flow.frame.show(
    consentView(check.items.length, flow.strings, flow.lang, (consent) => {
      flow.progress.consent = consent
      save(flow)
      flow.tracker.setConsent(consent)
      if (consent) showPre(flow, check)
      else showContent(flow, true)
    }),
    false,
  )

/** The follow-up offer: yes opens the check; no is final (followUp.ts never offers it again). */
const offerFollowUp = (flow: Flow, check: KnowledgeCheck) => {
  flow.frame.show(
    consentView(check.items.length, followUpWords(flow.strings), flow.lang, (accepted) => {
      if (accepted) return showScored(flow, check, 'followup')
      flow.progress.followupDeclined = true
      save(flow)
      flow.frame.show(card(flow, flow.strings.thanks), true)
    }),
    false,
  )
}

/**
 * Consent → pre check → content → post check with feedback, resumed where this device left off:
 * without a check, or once consent was refused, the content alone; after the post, thanks, or
 * the follow-up check once it is due.
 */
export const startFlow = (flow: Flow): void => {
  const check = flow.campaign.knowledgeCheck
  const { consent, phases } = flow.progress
  if (!check || consent === false) return showContent(flow, false)
  if (consent === null) return askConsent(flow, check)
  if (phases.includes('post')) {
    // The post's result was not seen on that visit (offline, tab closed): the pre answers go now.
    if (flow.progress.pre) {
      delete flow.progress.pre
      save(flow)
    }
    if (followUpDue(flow.progress, flow.campaign.followUpDays ?? null, Date.now())) {
      return offerFollowUp(flow, check)
    }
    return flow.frame.show(card(flow, flow.strings.thanks), false)
  }
  if (phases.includes('pre')) return showContent(flow, false)
  showPre(flow, check)
}
