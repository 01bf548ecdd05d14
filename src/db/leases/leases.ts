/** A lease as stored: who holds it until when, and how many attempts in a row failed. */
export type LeaseState = { expiresAt: Date; failures: number; holder: null | string }

/**
 * Work that must run once across every instance takes a lease in the database (not in memory):
 * taking it is one conditional write, so two instances can never both hold it; a holder that
 * dies loses it when it expires. Implementations: SQL (sqlLeases.ts) and MongoDB (mongoLeases.ts).
 */
export interface Leases {
  /** Gives the lease back; nobody may take it before `notBefore` (a back-off, or now). */
  release(name: string, holder: string, after: { failures: number; notBefore: Date }): Promise<void>
  read(name: string): Promise<LeaseState | null>
  /** Takes the lease when it is free or expired, or extends it for its holder: true when held. */
  take(name: string, holder: string, forMs: number): Promise<boolean>
}
