import type { JsonSchema } from '../../http/openapi/jsonSchema'

import { comparedMeasures } from '../reports/figureTypes'
import { reportMethods } from '../reports/reportMethods'
import { nullable, ref } from '../../http/openapi/jsonSchema'

const number: JsonSchema = { type: 'number' }
/** Both ends are null when the figure cannot have one (a single respondent, or no spread). */
const interval: JsonSchema = { items: nullable(number), maxItems: 2, minItems: 2, type: 'array' }
const count: JsonSchema = { minimum: 0, type: 'integer' }
const hiddenCount: JsonSchema = {
  ...nullable(count),
  description: 'null when it rests on 1 to k − 1 submissions (suppressed).',
}
const mean: JsonSchema = {
  properties: { ci: nullable(interval), mean: nullable(number), n: count },
  type: 'object',
}

/**
 * A figure of a comparison: a number (a count, a share of items, or a change of either), null
 * where it cannot be computed, or { suppressed: true }.
 */
const comparedFigure: JsonSchema = {
  oneOf: [
    { type: ['number', 'null'] },
    {
      properties: { suppressed: { const: true } },
      required: ['suppressed'],
      type: 'object',
    },
  ],
}

/** A 95% interval [lower, upper] (either null when undefined), with how it is computed. */
const intervalOf = (figure: keyof typeof reportMethods): JsonSchema => ({
  description: reportMethods[figure],
  items: nullable(number),
  maxItems: 2,
  minItems: 2,
  type: 'array',
})

const rate: JsonSchema = {
  properties: {
    ci: intervalOf('knowledge.mastery.{pre,post}.ci'),
    n: count,
    rate: nullable(number),
  },
  type: 'object',
}

/** A paired change: `orientation` says which phase is subtracted from which. */
const pairedChange = (orientation: string, dzMethod: keyof typeof reportMethods): JsonSchema => ({
  description:
    `Paired change ${orientation} over the respondents with both phases: mean difference, ` +
    "paired t test (two-sided), Cohen's d_z and Wilcoxon's signed-rank check; { suppressed: " +
    'true } when it rests on fewer than k respondents.',
  properties: {
    ci: { ...nullable(interval), description: reportMethods['knowledge.paired.ci'] },
    df: nullable(number),
    dz: { ...nullable(number), description: "Cohen's d_z: meanDiff / sd of the differences." },
    dzCi: intervalOf(dzMethod),
    meanDiff: { ...nullable(number), description: `Mean of ${orientation}, as a share of items.` },
    n: { ...count, description: 'Respondents with both phases (pairs).' },
    p: nullable(number),
    sd: nullable(number),
    t: nullable(number),
    wilcoxon: {
      description:
        'Wilcoxon signed-rank test (R wilcox.test(paired = TRUE)): V, the sum of the ranks of ' +
        'positive differences; method `exact` or `normal` (continuity- and tie-corrected).',
      type: 'object',
    },
  },
  type: 'object',
})

/**
 * The campaign report of issue 3. Reports may grow, so objects allow more properties; the
 * figures of a suppressed cell (fewer than k respondents) are absent.
 */
export const reportSchemas: Record<string, JsonSchema> = {
  Report: {
    properties: {
      audiences: { items: ref('ReportCell'), type: 'array' },
      campaign: {
        properties: {
          id: { type: ['integer', 'string'] },
          slug: { type: 'string' },
          title: { type: 'string' },
        },
        required: ['id', 'slug', 'title'],
        type: 'object',
      },
      generatedAt: { format: 'date-time', type: 'string' },
      k: { description: 'The small-cell threshold in force.', minimum: 5, type: 'integer' },
      methods: {
        additionalProperties: { type: 'string' },
        description:
          'How each interval of the report is computed, by figure path (all 95%, all from ' +
          "the report's sums, none by resampling).",
        properties: Object.fromEntries(
          Object.entries(reportMethods).map(([figure, method]) => [
            figure,
            { const: method, type: 'string' },
          ]),
        ),
        type: 'object',
      },
      quality: {
        description:
          '`default`: only submissions with status ok or approved are counted; `all` ' +
          '(`?quality=all`): flagged and excluded ones too.',
        enum: ['default', 'all'],
      },
      interval: { enum: ['day', 'week'], type: 'string' },
      series: {
        description:
          'With `?interval=`: one point per day or ISO week, none skipped; a point resting on ' +
          'fewer than k respondents (or that would give one away by subtraction) shows only ' +
          'its start and `suppressed: true`.',
        items: {
          properties: {
            assessmentsCompleted: count,
            engaged: count,
            impressions: count,
            reached: count,
            start: { format: 'date', type: 'string' },
            suppressed: { type: 'boolean' },
          },
          required: ['start', 'suppressed'],
          type: 'object',
        },
        type: 'array',
      },
      total: ref('ReportCell'),
      comparison: {
        description:
          'With `?compareFrom=&compareTo=`: the report of the second period (`audiences`, ' +
          '`total`), exactly as the report of that period alone shows it, and per row (the ' +
          'audiences, then the total, `audience` null) each measure in both periods and the ' +
          'change (period − comparison). A change beside a suppressed figure is suppressed too.',
        properties: {
          audiences: { items: ref('ReportCell'), type: 'array' },
          from: { format: 'date', type: 'string' },
          rows: {
            items: {
              properties: {
                audience: nullable({ type: 'string' }),
                measures: {
                  additionalProperties: false,
                  properties: Object.fromEntries(
                    comparedMeasures.map((measure) => [
                      measure,
                      {
                        properties: {
                          change: comparedFigure,
                          comparison: comparedFigure,
                          period: comparedFigure,
                        },
                        required: ['change', 'comparison', 'period'],
                        type: 'object',
                      },
                    ]),
                  ),
                  required: [...comparedMeasures],
                  type: 'object',
                },
              },
              required: ['audience', 'measures'],
              type: 'object',
            },
            type: 'array',
          },
          to: { format: 'date', type: 'string' },
          total: ref('ReportCell'),
        },
        required: ['from', 'to', 'audiences', 'total', 'rows'],
        type: 'object',
      },
    },
    required: ['campaign', 'k', 'generatedAt', 'audiences', 'methods', 'quality', 'total'],
    type: 'object',
  },
  ReportCell: {
    properties: {
      audience: nullable({ type: 'string' }),
      knowledge: {
        properties: {
          followup: mean,
          items: {
            items: {
              properties: {
                discrimination: {
                  description:
                    'Corrected item-total correlation (r.drop of psych::alpha) per phase: the ' +
                    'item against the score on the other items. null unless every respondent ' +
                    'of the phase took every item, or when the item or the rest does not vary.',
                  properties: { post: nullable(number), pre: nullable(number) },
                  type: 'object',
                },
                distractors: {
                  description:
                    'Per phase, the share of those who answered the item who picked each ' +
                    'wrong choice (by choice key); null for a phase not shown.',
                  properties: {
                    post: nullable({ additionalProperties: number, type: 'object' }),
                    pre: nullable({ additionalProperties: number, type: 'object' }),
                  },
                  type: 'object',
                },
                flags: {
                  description:
                    '`ceiling`: more than 90 % right before exposure; `low-discrimination`: ' +
                    'a corrected item-total correlation below 0.1 in a phase; ' +
                    '`unused-distractor`: a wrong choice nobody picked over at least 30 answers.',
                  items: { enum: ['ceiling', 'low-discrimination', 'unused-distractor'] },
                  type: 'array',
                },
                item: { type: 'string' },
                postCi: intervalOf('knowledge.items.{preCi,postCi}'),
                preCi: intervalOf('knowledge.items.{preCi,postCi}'),
                mcnemar: nullable({
                  description:
                    "McNemar's test on the respondents with both pre and post: `b` counts " +
                    'those wrong before and right after, `c` those right before and wrong ' +
                    'after; `p` is continuity-corrected (R mcnemar.test), `exactP` the exact ' +
                    'binomial p when b + c is small.',
                  type: 'object',
                }),
                post: { ...nullable(number), description: 'Share right after (difficulty, post).' },
                pre: {
                  ...nullable(number),
                  description: 'Share right before exposure (difficulty, pre).',
                },
              },
              type: 'object',
            },
            type: 'array',
          },
          mastery: {
            description:
              'Share of respondents at or above the pass mark (passMark, a share of items), ' +
              'pre and post.',
            properties: { passMark: nullable(number), post: rate, pre: rate },
            type: 'object',
          },
          attainment: {
            ...nullable(number),
            description:
              'Gain attainment: observedGain / target (the knowledge-gain target of the ' +
              "audience's objective). Reach attainment is reach.attainment.",
          },
          normalizedGain: {
            ...nullable(number),
            description:
              "Hake's g = (post − pre) / (1 − pre) on the pre and post means; " +
              'normalizedGainLabel: low < 0.3 ≤ medium < 0.7 ≤ high (Hake 1998).',
          },
          normalizedGainCi: intervalOf('knowledge.normalizedGainCi'),
          observedGain: {
            ...nullable(number),
            description:
              'The change attainment is measured by: the paired mean difference (post − pre, ' +
              'respondents with both) when pairs are shown, else the unpaired one (all post − ' +
              'all pre); observedGainBasis says which.',
          },
          observedGainBasis: nullable({ enum: ['paired', 'unpaired'], type: 'string' }),
          paired: pairedChange('post − pre', 'knowledge.paired.dzCi'),
          retention: pairedChange('follow-up − post', 'knowledge.retention.{ci,dzCi}'),
          post: mean,
          pre: mean,
          reliability: {
            description:
              'KR-20 of the check per phase (raw_alpha of psych::alpha for right/wrong items), ' +
              'with the n it rests on; kr20 is null unless every respondent took every item.',
            properties: {
              post: { properties: { kr20: nullable(number), n: count }, type: 'object' },
              pre: { properties: { kr20: nullable(number), n: count }, type: 'object' },
            },
            type: 'object',
          },
          unpaired: {
            description:
              'Welch t test of all post scores against all pre scores: `n1` is the number of ' +
              'post submissions, `n2` of pre ones; meanDiff = post − pre, and g > 0 when post ' +
              'is higher.',
            properties: {
              ci: { ...nullable(interval), description: reportMethods['knowledge.unpaired.ci'] },
              df: { ...nullable(number), description: 'Welch–Satterthwaite df.' },
              g: {
                ...nullable(number),
                description: "Hedges' g of post against pre (pooled SD, exact J).",
              },
              gCi: intervalOf('knowledge.unpaired.gCi'),
              meanDiff: nullable(number),
              n1: { ...count, description: 'Post submissions.' },
              n2: { ...count, description: 'Pre submissions.' },
              p: nullable(number),
              t: nullable(number),
            },
            type: 'object',
          },
        },
        type: 'object',
      },
      reach: {
        properties: {
          assessmentsCompleted: {
            ...nullable(count),
            description:
              'Checks completed (pre + post + follow-up); null when a phase of the row is ' +
              'suppressed, as the sum would give it away.',
          },
          attainment: {
            ...nullable(number),
            description: "Reach attainment: reached / the audience objective's reach target.",
          },
          cta: count,
          ctaRate: { ...nullable(number), description: 'cta / reached.' },
          ctaRateCi: intervalOf('reach.{engagedRateCi,ctaRateCi}'),
          engaged: count,
          engagedRate: { ...nullable(number), description: 'engaged / reached.' },
          engagedRateCi: intervalOf('reach.{engagedRateCi,ctaRateCi}'),
          impressions: count,
          reached: { minimum: 0, type: 'number' },
          reachedError: nullable(number),
        },
        type: 'object',
      },
      quality: {
        description:
          'The data behind the row: knowledge-check submissions received (retakes included), ' +
          'counted (ok and approved), approved on review, flagged and awaiting review, ' +
          'excluded, set aside as retakes (the earliest of a phase counts), and the flags ' +
          'raised, by reason. `received` and `included` are null when a phase of the row is ' +
          'suppressed.',
        properties: {
          approved: hiddenCount,
          excluded: hiddenCount,
          flagged: hiddenCount,
          included: hiddenCount,
          reasons: {
            additionalProperties: hiddenCount,
            properties: Object.fromEntries(
              ['too-fast', 'burst', 'identical-answers', 'outside-period', 'future'].map(
                (reason) => [reason, hiddenCount],
              ),
            ),
            type: 'object',
          },
          received: hiddenCount,
          retakes: hiddenCount,
        },
        required: ['received', 'included', 'approved', 'flagged', 'excluded', 'retakes', 'reasons'],
        type: 'object',
      },
      suppressed: {
        description: 'True when the cell rests on fewer than k respondents: no figures are given.',
        type: 'boolean',
      },
    },
    required: ['suppressed', 'quality'],
    type: 'object',
  },
}
