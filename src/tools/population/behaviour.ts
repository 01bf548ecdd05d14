/**
 * How people behave, by delivery channel and by audience. The figures are assumptions chosen to be
 * plausible for awareness work (a poster is glanced at, a seminar is sat through), not measurements;
 * they make reports look like field data: impressions far above engagement, engagement far above
 * calls to action, field sessions with many paired pre/post checks, web visitors with few.
 */
export type ChannelBehaviour = {
  /** Chance of taking the knowledge check, among those who consented. */
  assess: number
  consent: number
  /** Chance of using the hotline or report link, among the engaged. */
  cta: number
  engage: number
  /** Impressions beyond the first: a Poisson mean. */
  extraImpressions: number
  /** Chance of answering the follow-up check weeks later, among those with a post check. */
  followup: number
  /** Chance of sharing, among the engaged. */
  share: number
}

const online = { consent: 0.85, followup: 0.08 }
const field = { consent: 0.95, followup: 0.35 }

export const channelBehaviour: Record<string, ChannelBehaviour> = {
  classroom: { ...field, assess: 0.92, cta: 0.12, engage: 0.95, extraImpressions: 0.5, share: 0.1 },
  'e-learning': {
    ...online,
    assess: 0.75,
    cta: 0.1,
    engage: 0.8,
    extraImpressions: 0.8,
    followup: 0.2,
    share: 0.05,
  },
  'in-flight': {
    ...online,
    assess: 0.2,
    cta: 0.05,
    engage: 0.45,
    extraImpressions: 0.3,
    share: 0.02,
  },
  messaging: { ...online, assess: 0.2, cta: 0.1, engage: 0.4, extraImpressions: 1, share: 0.15 },
  'poster-qr': {
    ...online,
    assess: 0.2,
    cta: 0.08,
    engage: 0.3,
    extraImpressions: 0.6,
    share: 0.03,
  },
  radio: { ...online, assess: 0.05, cta: 0.06, engage: 0.25, extraImpressions: 1.5, share: 0.01 },
  seminar: { ...field, assess: 0.9, cta: 0.2, engage: 0.95, extraImpressions: 0.4, share: 0.08 },
  'social-media': {
    ...online,
    assess: 0.1,
    cta: 0.04,
    engage: 0.2,
    extraImpressions: 1.5,
    share: 0.12,
  },
  web: { ...online, assess: 0.3, cta: 0.1, engage: 0.45, extraImpressions: 1.2, share: 0.04 },
  workshop: { ...field, assess: 0.85, cta: 0.2, engage: 0.9, extraImpressions: 0.4, share: 0.08 },
}

export const defaultChannelBehaviour: ChannelBehaviour = channelBehaviour.web

/** Field channels run the pre and post checks in one sitting; online ones in one visit. */
export const sessionMinutes: Record<string, number> = {
  classroom: 90,
  seminar: 180,
  workshop: 120,
}

export type AudienceBehaviour = {
  /** Prior knowledge in logits (0: an average item is answered right half the time, before guessing). */
  baseline: number
  channels: Readonly<Record<string, number>>
  /** Who answers which checks among those assessed (shares summing to 1). */
  design: { both: number; postOnly: number; preOnly: number }
  /** Between-person spread of the campaign's effect, in logits. */
  effectSd: number
  /** Share of the post-campaign gain still there at the follow-up. */
  followupRetention: number
  /** The mean rise in the share of items correct that the campaign brings (0–1). */
  gain: number
  locales: Readonly<Record<string, number>>
  /** Share of the simulated population. */
  weight: number
}

const design = { both: 0.78, postOnly: 0.1, preOnly: 0.12 }

export const audienceBehaviour: Record<string, AudienceBehaviour> = {
  'hospitality-students': {
    baseline: -0.6,
    channels: { classroom: 0.7, 'e-learning': 0.3 },
    design,
    effectSd: 0.5,
    followupRetention: 0.7,
    gain: 0.24,
    locales: { en: 0.2, es: 0.1, fr: 0.7 },
    weight: 0.2,
  },
  'migrant-workers': {
    baseline: -0.8,
    channels: { messaging: 0.1, seminar: 0.5, 'social-media': 0.1, web: 0.15, workshop: 0.15 },
    design,
    effectSd: 0.6,
    followupRetention: 0.6,
    gain: 0.22,
    locales: { ar: 0.1, en: 0.35, id: 0.15, tl: 0.4 },
    weight: 0.35,
  },
  tourists: {
    baseline: -1.1,
    channels: { 'in-flight': 0.2, 'poster-qr': 0.4, 'social-media': 0.1, web: 0.3 },
    design,
    effectSd: 0.5,
    followupRetention: 0.5,
    gain: 0.15,
    locales: { en: 0.5, es: 0.3, fr: 0.2 },
    weight: 0.45,
  },
}

/** For audiences an NGO added itself: average behaviour over whatever channels the campaign uses. */
export const defaultAudienceBehaviour: AudienceBehaviour = {
  baseline: -0.8,
  channels: {},
  design,
  effectSd: 0.5,
  followupRetention: 0.6,
  gain: 0.2,
  locales: {},
  weight: 0.2,
}
