/**
 * `@unionkit/sdk/validators`: resident-ID and mobile checks, masks, ages and character counts, and the
 * message limit they are used with, from `@unionkit/contract` unchanged.
 */
export { JOB_APPLICATION_MESSAGE_MAX } from '@unionkit/contract';
export * from '@unionkit/contract/validators';
