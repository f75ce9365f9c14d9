/**
 * The widgets the hosted page can show, each loaded only when its page asks for it: the hosted page
 * itself is small, and a page showing the help desk never downloads the service map.
 */
export const HOSTED_WIDGETS = ['help-desk', 'job-listings', 'event-signup', 'insurance-enrol', 'membership-join', 'service-map'] as const;

export type HostedWidget = (typeof HOSTED_WIDGETS)[number];

/** Registers the widget's element (and `<union-provider>`) and resolves once they are defined. */
export const loadWidget: Record<HostedWidget, () => Promise<unknown>> = {
  'help-desk': () => import('../define/help-desk.js'),
  'job-listings': () => import('../define/job-listings.js'),
  'event-signup': () => import('../define/event-signup.js'),
  'insurance-enrol': () => import('../define/insurance-enrol.js'),
  'membership-join': () => import('../define/membership-join.js'),
  'service-map': () => import('../define/service-map.js'),
};
