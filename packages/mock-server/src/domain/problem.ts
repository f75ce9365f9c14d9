/** The one error the domain rules and the HTTP layer throw; `problem()` in `../http/result.ts` renders it. */
import type { ErrorCode, FieldError } from '@unionkit/contract';

/** Field errors and their messages are the contract's own, shared with the SDK. */
export { fieldError } from '@unionkit/contract';

/** Short bilingual titles (Chinese first), one per code. */
export const PROBLEM_TITLES: Record<ErrorCode, string> = {
  invalid_json: '请求体不是有效的 JSON。 The request body is not valid JSON.',
  unsupported_media_type: '请求体必须是 application/json。 The request body must be application/json.',
  validation_failed: '请求参数有误。 The request is not valid.',
  unauthenticated: '未提供有效的凭证。 No valid credential was given.',
  token_expired: '会话令牌已过期。 The client token has expired.',
  secret_key_in_browser: '密钥不得在浏览器中使用。 A secret key must not be used from a browser.',
  origin_not_allowed: '该来源未被允许。 This origin is not allowed.',
  forbidden_scope: '凭证无权执行此操作。 The credential may not do this.',
  not_found: '未找到该资源。 Not found.',
  method_not_allowed: '不支持该请求方法。 Method not allowed.',
  payload_too_large: '请求体过大。 The request body is too large.',
  file_too_large: '文件过大。 The file is too large.',
  unsupported_file_type: '不支持的文件类型。 This type of file is not accepted.',
  idempotency_key_reused: '幂等键已用于另一个请求。 The idempotency key was used for another request.',
  request_in_progress: '相同幂等键的请求正在处理。 A request with this idempotency key is in progress.',
  rate_limited: '请求过于频繁。 Too many requests.',
  server_error: '服务器内部错误。 Internal server error.',
  timeout: '服务器处理超时。 The server timed out.',
  sms_code_invalid: '短信验证码不正确。 The SMS code is wrong.',
  sms_verification_expired: '短信验证已过期。 The SMS verification has expired.',
  sms_attempts_exceeded: '验证码错误次数过多。 Too many wrong SMS codes.',
  union_session_required: '需要工会会话。 A union session is required.',
  mobile_not_verified: '手机号尚未验证。 The mobile number is not verified.',
  consent_required: '缺少必要的同意。 A required consent is missing.',
  notice_version_outdated: '隐私告知版本已更新。 The privacy notice version is outdated.',
  already_member: '您已是工会会员。 Already a union member.',
  application_already_open: '已有处理中的入会申请。 A membership application is already open.',
  not_a_member: '尚未成为工会会员。 Not a union member.',
  invalid_state: '当前状态下不能执行此操作。 Not possible in the current state.',
  not_eligible: '不符合参保条件。 Not eligible.',
  already_enrolled: '已参加该保障计划。 Already enrolled in this plan.',
  already_registered: '已报名该活动。 Already registered for this event.',
  event_full: '活动名额已满。 The event is full.',
  registration_closed: '活动不在报名时间内。 Registration is closed.',
  members_only: '该活动仅限工会会员。 This event is for members only.',
  not_enough_places: '剩余名额不够全组人数。 Not enough places left for the whole party.',
  already_applied: '已投递该职位。 Already applied for this job.',
  job_posting_expired: '该职位已过期。 The job posting has expired.',
  consent_already_withdrawn: '该同意已撤回。 The consent was already withdrawn.',
  birth_date_required: '需要填写出生日期。 The date of birth is needed.',
  age_out_of_range: '年龄不在本计划的参保范围内。 The age is outside this plan\'s limits.',
  payment_amount_mismatch: '付款金额与应缴保费不符。 The amount differs from the premium due.',
  payment_overdue: '已过缴费期限，参保已失效。 The payment is past its due date; the enrolment has lapsed.',
  benefit_not_covered: '该保障计划没有这项保障。 The plan has no such benefit.',
  incident_outside_cover: '出险日期不在保障期内。 The incident date is outside the cover.',
  appointments_not_offered: '该服务阵地不提供预约。 This service point takes no appointments.',
  slot_unavailable: '该时段不可预约。 This slot cannot be booked.',
  appointment_already_booked: '您在该服务阵地已有预约。 You already have an appointment at this service point.',
  cancellation_closed: '已过取消时限。 Too late to cancel.',
  appointment_required: '当面咨询需要先预约时段。 Meeting in person needs a booked slot.',
  appointment_invalid: '该预约不能用于此申请。 This appointment cannot be used for this request.',
  not_member_on_issue_date: '发证当日尚未入会。 Not a union member on the certificate\'s issue date.',
  certificate_too_old: '证书颁发已超过 12 个月。 The certificate is more than 12 months old.',
  subsidy_already_claimed: '该证书已申请过补贴。 A subsidy was already claimed for this certificate.',
  wish_already_open: '今年已有未完成的微心愿。 A micro-wish is already open this year.',
};

export interface ProblemOptions {
  errors?: FieldError[];
  /** Extra members of the problem object, e.g. `reasons` for `not_eligible`. */
  extra?: Record<string, unknown>;
  /** Extra response headers, e.g. `Retry-After`, `Allow`. */
  headers?: Record<string, string>;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(status: number, code: ErrorCode, detail: string, options: ProblemOptions = {}) {
    super(`${status} ${code}: ${detail}`);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.extra = options.extra;
    this.headers = options.headers;
  }
}

/** 422 `validation_failed` with the given field errors. */
export function validationFailed(errors: FieldError[], detail?: string): ProblemError {
  return new ProblemError(
    422,
    'validation_failed',
    detail ?? `${errors.length} 项参数有误。 ${errors.length} field(s) are not valid.`,
    { errors },
  );
}

/** 404 `not_found`; the same for an unknown id and for another worker's id. */
export function notFound(zh = '资源', en = 'resource'): ProblemError {
  return new ProblemError(404, 'not_found', `未找到该${zh}。 No such ${en}.`);
}
