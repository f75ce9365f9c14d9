/**
 * The states layer: loading (the skeleton of `views/states.ts`), empty, error with retry, and the
 * message about what just happened (`.notice-msg`, success / error / info). Every widget has it.
 */
import { css } from 'lit';

export const statesLayer = css`
  .state {
    padding: calc(var(--_space) * 2) 0;
  }
  .state-error {
    border-left: 4px solid var(--_color-danger);
    padding-left: calc(var(--_space) * 1.5);
  }
  .state-error .message {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .notice-msg {
    margin: var(--_space) 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-surface-variant);
  }
  .notice-msg.success {
    border-left-color: var(--_color-success);
  }
  .notice-msg.success::before {
    content: '✓ ';
    color: var(--_color-success);
    font-weight: 600;
  }
  .notice-msg.error {
    border-left-color: var(--_color-danger);
  }
  /* The loading skeleton (loadingTemplate): grey placeholder cards; they pulse only where motion is welcome. */
  .skeleton {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }
  .skeleton-card {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-surface-variant);
    border-radius: var(--_radius);
  }
  .skeleton-line {
    display: block;
    width: 100%;
    height: 0.875em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface-variant);
    background: color-mix(in srgb, var(--_color-border) 28%, var(--_color-surface));
  }
  .skeleton-heading {
    width: 55%;
    height: 1.25em;
  }
  .skeleton-short {
    width: 35%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-line {
      animation: union-skeleton 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes union-skeleton {
    to {
      opacity: 0.45;
    }
  }
  /* "加载更多" under a list (views/load-more.ts): a full-width button after the last item. */
  .load-more {
    display: flex;
    margin-top: calc(var(--_space) * 2);
  }
  .load-more > button {
    flex: 1 1 auto;
  }
`;
