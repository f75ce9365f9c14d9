/**
 * `@unionkit/sdk/validators`: resident-ID and mobile checks, masks, ages and character counts, from
 * `@unionkit/contract` unchanged.
 */
export {
  JOB_APPLICATION_MESSAGE_MAX,
  ageOn,
  countCharacters,
  isValidMobile,
  isValidResidentId,
  maskMobile,
  maskResidentId,
  normaliseMobile,
  parseResidentId,
  residentIdCheckChar,
  type ResidentIdInfo,
  type ResidentIdProblem,
  type ResidentIdResult,
} from '@unionkit/contract';
