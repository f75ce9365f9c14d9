/** English strings of a job's detail in the job-listings widget, loaded on demand (see ./detail-strings.ts). */
import type { DetailStrings } from './detail-strings.js';

export const en: DetailStrings = {
  description: 'About the job',
  requirements: 'Requirements',
  benefits: 'Benefits',
  dates: 'Dates',
  postedOn: (date) => `Posted ${date}`,
  expiresOn: (date) => `Closes ${date}`,
  perMonth: 'Monthly pay',
  applyFor: 'Apply',
  appliedStatus: (date, status) => `You applied for this job on ${date}. Status: ${status}.`,
};
