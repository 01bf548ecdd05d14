import type { QualityRules } from './qualityRules'
import type { QualityReason } from './qualityStatus'

/** What burst detection needs of a submission. */
export type Completion = {
  /** The answer vector, in any canonical form: equal vectors compare equal. */
  answers: string
  campaign: string
  /** Unique: the submission's event key. */
  key: string
  occurredAt: string
  phase: string
  sender: string
}

/**
 * Bursts: many completions from one sender (a key, an account, a widget session's partner) for
 * one campaign within `burstSeconds`; every completion inside such a window is flagged, those
 * already stored included, and among them the ones that share their phase and answer vector
 * with another are flagged for identical answers. A classroom that submits together can make a
 * real burst: the flag asks a person to look, it does not exclude.
 */
export const findBursts = (
  completions: Completion[],
  rules: Pick<QualityRules, 'burstSeconds' | 'burstSubmissions' | 'enabled'>,
): Map<string, QualityReason[]> => {
  const flagged = new Map<string, QualityReason[]>()
  if (!rules.enabled.has('burst') || rules.burstSubmissions <= 1) return flagged
  const groups = new Map<string, Completion[]>()
  for (const completion of completions) {
    const group = `${completion.sender}\u0000${completion.campaign}`
    const list = groups.get(group)
    if (list) list.push(completion)
    else groups.set(group, [completion])
  }
  const windowMs = rules.burstSeconds * 1000
  for (const group of groups.values()) {
    const sorted = group
      .map((completion) => ({ completion, at: Date.parse(completion.occurredAt) }))
      .sort((a, b) => a.at - b.at)
    const inBurst = new Set<Completion>()
    let first = 0
    for (let last = 0; last < sorted.length; last += 1) {
      while (sorted[last].at - sorted[first].at > windowMs) first += 1
      if (last - first + 1 >= rules.burstSubmissions) {
        for (let index = first; index <= last; index += 1) inBurst.add(sorted[index].completion)
      }
    }
    const vectors = new Map<string, number>()
    for (const completion of inBurst) {
      const vector = `${completion.phase}\u0000${completion.answers}`
      vectors.set(vector, (vectors.get(vector) ?? 0) + 1)
    }
    for (const completion of inBurst) {
      const reasons: QualityReason[] = ['burst']
      const shared = vectors.get(`${completion.phase}\u0000${completion.answers}`) ?? 0
      if (rules.enabled.has('identical-answers') && shared > 1) reasons.push('identical-answers')
      flagged.set(completion.key, reasons)
    }
  }
  return flagged
}
