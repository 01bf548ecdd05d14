/**
 * The stored key of an event: its sender and the sender's own id. Ids are unique per sender,
 * never globally, so the same id from two senders is two events.
 */
export const eventKeyOf = (event: { id: string; sender: string }): string =>
  `${event.sender}/${event.id}`
