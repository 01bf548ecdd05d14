/**
 * The partner site's localStorage, under Aware's own prefix. Private browsing or a full quota
 * can make it throw; the widget then keeps going in memory for this page view.
 */
const memory = new Map<string, string>()
const PREFIX = 'aware:'

export const readStored = <T>(name: string, fallback: T): T => {
  try {
    const text = localStorage.getItem(PREFIX + name) ?? memory.get(name)
    return text === null || text === undefined ? fallback : (JSON.parse(text) as T)
  } catch {
    return fallback
  }
}

export const writeStored = (name: string, value: unknown): void => {
  const text = JSON.stringify(value)
  memory.set(name, text)
  try {
    localStorage.setItem(PREFIX + name, text)
  } catch {
    // Kept in memory only: events still go out while the page stays open.
  }
}
