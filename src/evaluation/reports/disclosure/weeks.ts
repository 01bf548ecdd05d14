const DAY_MS = 86_400_000

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS

const dayText = (number: number) => new Date(number * DAY_MS).toISOString().slice(0, 10)

const mondays = new Map<string, string>()

/** The Monday (UTC) of the ISO week a day belongs to, YYYY-MM-DD. */
export const weekOf = (day: string): string => {
  let monday = mondays.get(day)
  if (monday === undefined) {
    const number = dayNumber(day)
    // 1970-01-01 was a Thursday: Monday is 3 days before it.
    const weekday = (((number + 3) % 7) + 7) % 7
    monday = dayText(number - weekday)
    // Days are few (a campaign's), but a bound keeps a long-running server's memory flat.
    if (mondays.size > 100_000) mondays.clear()
    mondays.set(day, monday)
  }
  return monday
}

/**
 * A report period widened to whole ISO weeks (Monday to Sunday, UTC): `from` back to its Monday,
 * `to` on to its Sunday. Two periods then differ by whole weeks, never by one day.
 */
export const snapToWeeks = ({ from, to }: { from?: string; to?: string }) => ({
  ...(from === undefined ? {} : { from: weekOf(from) }),
  ...(to === undefined ? {} : { to: dayText(dayNumber(weekOf(to)) + 6) }),
})
