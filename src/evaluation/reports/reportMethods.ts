/**
 * How every interval of a report is computed, said in the report itself (`methods`) and, in the
 * same words, in the OpenAPI document. All are 95% intervals from the report's mergeable sums
 * (counts, sums, sums of squares), never from resampling. The functions are in
 * src/evaluation/statistics, each checked against R or SciPy in test/unit/statistics.
 */
export const reportMethods = {
  'knowledge.{pre,post,followup}.ci':
    'Student t interval of the mean (R t.test(x)$conf.int), n − 1 df.',
  'knowledge.paired.ci':
    'Paired t interval of the mean difference post − pre (R t.test(post, pre, paired = TRUE)).',
  'knowledge.paired.dzCi':
    "Cohen's d_z (mean difference / SD of the differences), interval by inverting the " +
    'noncentral t: the paired t = d_z·√n on n − 1 df has noncentrality d_z·√n; its 2.5% and ' +
    '97.5% bounds divided by √n (Steiger & Fouladi 1997; MBESS ci.sm); null when |t| > 2,000 ' +
    '(essentially constant differences).',
  'knowledge.retention.{ci,dzCi}': 'As for paired, on follow-up − post.',
  'knowledge.unpaired.ci':
    'Welch t interval of all post − all pre, Welch–Satterthwaite df (R t.test(post, pre)).',
  'knowledge.unpaired.gCi':
    "Hedges' g (pooled SD, exact small-sample correction J) ± 1.96·√v, with Hedges & Olkin's " +
    '(1985) large-sample variance v = (n1 + n2)/(n1·n2) + g²/(2(n1 + n2)) (metafor escalc "SMD").',
  'knowledge.normalizedGainCi':
    "Hake's g = (post − pre)/(1 − pre) on the phase means ± 1.96·SE, SE by the delta method " +
    'with pre and post as independent samples: Var = s²_post/(n_post(1 − pre)²) + ' +
    '(1 − post)²·s²_pre/(n_pre(1 − pre)⁴). Where the same people answered both, this is ' +
    'conservative.',
  'knowledge.mastery.{pre,post}.ci':
    'Wilson score interval, no continuity correction (R prop.test(x, n, correct = FALSE)).',
  'knowledge.items.{preCi,postCi}':
    'Wilson score interval of the share right among those who answered the item in the phase.',
  'reach.{engagedRateCi,ctaRateCi}':
    'Wilson score interval on the estimated distinct counts (engaged or CTA people among those ' +
    'reached); it covers sampling only, not the distinct-count error stated by reachedError.',
} as const

export type ReportMethods = typeof reportMethods
