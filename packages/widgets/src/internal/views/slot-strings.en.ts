/** English words of booking a slot, loaded on demand (see ./slot-strings.ts). */
import type { SlotStrings } from './slot-strings.js';

export const en: SlotStrings = {
  date: 'Date',
  slotsFor: (point, date) => `Times at ${point} on ${date}`,
  noSlots: 'No times on this day (closed at weekends and on closure days); try another date.',
  slotFull: 'Full',
  slotPassed: 'Passed',
  book: 'Book',
  booking: 'Booking…',
  booked: (point, when) => `Booked: ${point}, ${when}`,
  bookedHeading: 'Booked',
  cancelUntil: (until) => `You can cancel here until ${until}; after that, call the service point to cancel.`,
  whereToSee: 'To see or cancel this booking later, open this service point again and press “Book a time”.',
  cancel: 'Cancel booking',
  cancelling: 'Cancelling…',
  cancelled: (point) => `Booking at ${point} cancelled`,
  notOffered: 'Booking online is not available on this page. Please call the service point or 12351 to book.',
};
