import { PostHog } from 'posthog-node'

/**
 * posthog-node prints each failed automatic flush (the one it starts when a batch is full) to
 * stderr with console.error. The forwarder counts failures and reports them itself, at most once a
 * minute through Payload's logger, so here those flushes fail quietly; the 'error' event still fires.
 */
export class QuietPosthogClient extends PostHog {
  protected override flushAutomatic(): Promise<void> {
    return super.flushAutomatic().catch(() => undefined)
  }
}
