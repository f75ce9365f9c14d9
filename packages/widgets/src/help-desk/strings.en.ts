/** English strings of `<union-help-desk>`'s home, loaded on demand (see ./strings.ts). */
import type { HelpDeskStrings } from './strings.js';

export const en: HelpDeskStrings = {
  title: 'Ask the union for help',
  intro: 'The union is here for you. Choose what you need; what you fill in goes straight to the union, and a social worker follows it up.',
  typesHeading: 'What do you need?',
  types: {
    legal_consultation: { name: 'Legal advice', explain: 'Wages, injuries at work, a deactivated account, penalties: ask the union’s lawyers.' },
    legal_aid: { name: 'Legal aid', explain: 'Going to court or arbitration: apply for the union’s legal aid.' },
    mediation: { name: 'Dispute mediation', explain: 'A dispute with a platform or an agency: the mediation room helps both sides agree.' },
    complaint: { name: 'Complaint', explain: 'Your rights were infringed: complain to the union, which takes it up for you.' },
    suggestion: { name: 'Suggestion', explain: 'Ideas for policies and services; you may stay anonymous.' },
    skill_subsidy: { name: 'Certificate subsidy', explain: 'You gained a vocational skill certificate: claim the study subsidy.' },
    micro_wish: { name: 'Micro-wish', explain: 'A small wish for you or your family (up to ¥500) that caring donors fulfil.' },
  },
  confidentialBadge: 'Confidential: filled in on the union’s page, the platform cannot see it',
  hotlinesHeading: 'Call for help',
  hotlineWorkers: '12351 workers’ hotline',
  hotlineWorkersNote: '24-hour counselling included',
  hotlineLegal: '12348 legal services hotline',
  hotlineLegalNote: 'Public legal services',
  mineHeading: 'My requests',
  mineOpen: 'See my requests',
  mineCount: (open) => (open ? `${open} being handled` : 'Nothing being handled'),
  mineNone: 'You have not asked for help yet.',
  backHome: 'Back to Ask for help',
};
