const DAY_MS = 86_400_000

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS

const dayText = (number: number) => new Date(number * DAY_MS).toISOString().slice(0, 10)

/** The Monday (UTC) of the ISO week a day belongs to, YYYY-MM-DD. */
export const weekOf = (day: string): string => {
  const number = dayNumber(day)
  // 1970-01-01 was a Thursday: Monday is 3 days before it.
  const weekday = (((number + 3) % 7) + 7) % 7
  return dayText(number - weekday)
}

/**
 * A report period widened to whole ISO weeks (Monday to Sunday, UTC): `from` back to its Monday,
 * `to` on to its Sunday. Two periods then differ by whole weeks, never by one day.
 */
export const snapToWeeks = ({ from, to }: { from?: string; to?: string }) => ({
  ...(from === undefined ? {} : { from: weekOf(from) }),
  ...(to === undefined ? {} : { to: dayText(dayNumber(weekOf(to)) + 6) }),
})
