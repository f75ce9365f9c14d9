// generated — do not edit. Source: openapi/unionkit.yaml; regenerate with `npm run generate`.
/* eslint-disable */
export type paths = {
    "/widget-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建组件会话 Create a widget session
         * @description 合作方服务端用密钥为一名劳动者签发组件会话，把 `clientToken`（`wst_…`，15 分钟有效）交给页面。令牌只对该劳动者、本合作方、签发时列出的组件和合作方登记的来源（CORS）有效。
         *
         *     The partner server mints a short-lived session for one worker with its secret key and hands the client token to the page. `verifiedMobile` spares the worker an SMS code for that number; `attestation` proves recent platform work for insurance eligibility.
         */
        post: operations["createWidgetSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget-sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询当前组件会话 Get the current widget session
         * @description 用组件会话令牌查询令牌本身：到期时间、组件，以及合作方登记的来源（`allowedOrigins`，`*` 代表任意端口）。托管页面（`hosted.html`，在工会自己的域名下）据此核对嵌入它的父页面来源：只有与登记来源完全相符的父页面才会收到桥接消息。令牌本身不会返回。
         *
         *     The client token asks about itself: when it expires, its components, and the origins its partner registered (`allowedOrigins`, `*` standing for any port). The hosted page (`hosted.html`, on the union's own origin) checks the parent page's origin against them: only a parent whose origin a pattern matches exactly receives bridge messages. The token itself is never returned.
         */
        get: operations["getCurrentWidgetSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workers/{workerRef}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 合作方自己的劳动者标识 The partner's own reference for the worker.
                 * @example rider-20931
                 */
                workerRef: string;
            };
            cookie?: never;
        };
        /**
         * 查询劳动者会员与保障状态 Get a worker's membership and coverage status
         * @description 仅当劳动者单独同意 `share_status_with_platform` 时返回“何时起为会员”“保障至何日”；否则 `shared` 为 false，其余为空。未知的 `workerRef` 同样回答 `shared: false`，不透露该劳动者是否使用过本服务。
         *
         *     Only with the worker's separate consent to share does the platform learn "member since D" and "coverage active until D"; otherwise `shared` is false and nothing else is told.
         */
        get: operations["getWorkerStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出 Webhook 地址 List webhook endpoints
         * @description 本合作方登记的全部地址（不含密钥）。
         *
         *     The partner's endpoints, without secrets.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * 登记 Webhook 地址 Register a webhook endpoint
         * @description 登记接收事件的地址；响应中的签名密钥 `secret`（`whsec_…`）只在创建时出现一次。
         *
         *     Registers a URL for webhook events. The signing `secret` is shown only in this response.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook 地址 id Webhook endpoint id
                 * @example whe_01JEA8B2C4D6F8H0J2K4M6N8P0
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 删除 Webhook 地址 Delete a webhook endpoint
         * @description 删除后不再向该地址投递事件。
         *
         *     No further deliveries go to this endpoint.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook 地址 id Webhook endpoint id
                 * @example whe_01JEA8B2C4D6F8H0J2K4M6N8P0
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 投递记录 List delivery attempts of an endpoint
         * @description 该地址的每次投递尝试，最新的在前：尝试时间、对方的状态码或网络错误、耗时、下次重试时间。不含事件内容。沙箱保留最近的投递（默认 1 000 条）。
         *
         *     Every delivery attempt to this endpoint, newest first: when, the receiver's status code or the network error, how long it took, and when the next retry is due. No event bodies. The sandbox keeps the latest deliveries (1,000 by default).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出 Webhook 事件 List webhook events
         * @description 发给本合作方的事件，最新的在前，可按类型、投递状态（`pending` 仍在重试，`succeeded` 已送达，`failed` 72 小时内未送达）和创建时间筛选。失败的投递按退避重试：约 1 分钟、5 分钟、30 分钟、2 小时、5 小时，之后每 10 小时一次（各加减 10% 随机抖动），直到事件创建后 72 小时。沙箱保留最近的事件（默认 1 000 个）。
         *
         *     Events sent to the partner, newest first, filtered by type, delivery status (`pending`: still retrying, `succeeded`: delivered, `failed`: not delivered within 72 hours) and creation time. Failed deliveries are retried with backoff: about 1 min, 5 min, 30 min, 2 h, 5 h, then every 10 h (each ±10 % jitter) until 72 hours after the event. The sandbox keeps the latest events (1,000 by default).
         */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 事件 id Event id
                 * @example whevt_01JEC1A3C5E7G9J1L3N5Q7S9U1
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查看 Webhook 事件 Get a webhook event
         * @description 一个事件及其投递状态。
         *
         *     One event with its delivery status.
         */
        get: operations["getWebhookEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhook-events/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 事件 id Event id
                 * @example whevt_01JEC1A3C5E7G9J1L3N5Q7S9U1
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重新投递事件 Redeliver a webhook event
         * @description 立即把事件（同一 `id`，新的签名时间）再投递到当初订阅它且仍登记着的地址，记入投递记录，回答投递之后的事件。送达则事件变为 `succeeded`；未送达不改变原有的重试安排。劳动者已撤回共享同意的事件不再投递（409 `invalid_state`）。带同一 `Idempotency-Key` 重试只投递一次。
         *
         *     Delivers the event now (same `id`, a fresh signature time) to the endpoints it was sent to that are still registered, records the attempt in their delivery logs, and answers the event after it. Delivered makes the event `succeeded`; a failed redelivery leaves the retry schedule as it was. An event of a worker who has since withdrawn the consent to share is not delivered again (409 `invalid_state`). Retrying with the same `Idempotency-Key` delivers once.
         */
        post: operations["redeliverWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 合作方影响力统计 Partner impact report
         * @description 本合作方劳动者中，按区和月份汇总的入会人数、参保数和获得的帮扶（仅非保密类、确已给予的帮扶：获批的技能补贴、已实现的微心愿；法律援助、调解和投诉不计入，连总数也不计，平台不应得知这些事项的存在）。只含已结束的月份（最近 12 个月），避免逐日相减推出个人。小于 10 的数（含 0）不公布：`count` 为 null，`suppressed` 为 true；不提供合计，因此无法由合计反推被隐去的数。从不包含 `workerRef` 或其他个人信息。
         *
         *     Aggregate impact among the partner's workers, by district and month: members who joined, enrolments, and help given (non-confidential help actually given only: skill subsidies granted, micro-wishes fulfilled; legal aid, mediation and complaints are not counted, not even in a total, since the platform must not learn they exist). Only months that have ended (the last 12), so successive reports cannot be subtracted to single out a person. Any count under 10 (zero included) is suppressed: `count` null, `suppressed` true; no totals are given, so a suppressed cell cannot be recovered from them. Never a `workerRef` or anything else about a person.
         */
        get: operations["getPartnerStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partner/allowed-origins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看登记的来源 Registered origins
         * @description 合作方登记的网页与应用来源：沙箱的 CORS 与工会托管页面（`hosted.html`）对父页面的核对都以它为准。
         *
         *     The origins the partner registered for its pages and apps: the sandbox's CORS and the union's hosted page (`hosted.html`), which checks the page that frames it, both go by them.
         */
        get: operations["getAllowedOrigins"];
        /**
         * 登记网页与应用来源 Register the origins of pages and apps
         * @description 以整组替换合作方登记的来源。每项为：`https://主机[:端口]`；开发用的 `http://localhost:*`、`http://127.0.0.1:*`（`*` 代表任意端口，仅限环回地址）；应用内 WebView 的来源，如 `capacitor://localhost`、`ionic://localhost`、`https://localhost`。拒绝 `*`、路径、主机中的通配符、非环回地址的 http，以及大写字母或默认端口等与浏览器发送的 `Origin` 不一致的写法（422，逐项给出 `origins.N` 字段错误）。
         *
         *     字面量 `null` 只有同时给出 `allowNullOrigin: true` 才会接受。**警告：**从 `file://` 加载页面的 WebView 发送 `Origin: null`，但沙箱化的 iframe、`data:` 页面等任何不透明来源也都发送 `null`，登记后任何这类页面都可借用本合作方的组件令牌跨域调用。能用应用协议（如 `https://localhost`）时不要登记 `null`。
         *
         *     Replaces the partner's registered origins as a whole. Each is `https://host[:port]`; for development `http://localhost:*` or `http://127.0.0.1:*` (`*` is any port, loopback hosts only); an app webview's origin such as `capacitor://localhost`, `ionic://localhost` or `https://localhost`. Refused (422 with an `origins.N` field error each): `*`, paths, wildcards in hosts, http for a host that is not loopback, and spellings that differ from the `Origin` a browser sends (upper case, a default port).
         *
         *     The literal `null` is accepted only together with `allowNullOrigin: true`. **Warning:** a webview that loads its pages from `file://` sends `Origin: null`, but so does every opaque origin — sandboxed iframes, `data:` pages — so once `null` is registered any such page can use this partner's client tokens across origins. Prefer an app scheme (`https://localhost`) wherever the webview offers one.
         */
        put: operations["setAllowedOrigins"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/union-organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出工会组织 List union organisations
         * @description 工会组织树：市总工会 → 区/产业工会 → 街道、乡镇、园区工会，平台企业工会或联合工会。劳动者加入可接收会员（`acceptsMembers`）的基层工会；按所在区和平台建议一个（`suggested`），劳动者也可在该区另选。
         *
         *     The union tree. A worker joins a grassroots union (`acceptsMembers`); one in the requested district is `suggested` for this session's worker, and it is listed first.
         *
         *     建议的工会排在第一位。
         */
        get: operations["listUnionOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sms-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发送短信验证码 Send an SMS verification code
         * @description 向手机号发送 6 位验证码，10 分钟内有效。沙箱中验证码 `000000` 总能通过。
         *
         *     Sends a 6-digit code valid for 10 minutes. In the sandbox `000000` always verifies.
         */
        post: operations["createSmsVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sms-verifications/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 短信验证 id SMS verification id
                 * @example smsv_01JEA9C3E5G7J9L1N3Q5S7U9W1
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 校验短信验证码 Confirm an SMS code
         * @description 验证码错误时返回 200 `verified: false` 及剩余次数；错满 5 次为 429 `sms_attempts_exceeded`，过期为 422 `sms_verification_expired`。
         *
         *     A wrong code answers 200 with `verified: false` and `attemptsRemaining`; after 5 wrong codes 429 `sms_attempts_exceeded`; an expired verification 422 `sms_verification_expired`.
         */
        post: operations["confirmSmsVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出本人入会申请 List my membership applications
         * @description 本会话劳动者的入会申请，最新的在前。
         *
         *     The session worker's membership applications, newest first.
         */
        get: operations["listMembershipApplications"];
        put?: never;
        /**
         * 提交入会申请 Apply for membership
         * @description 需要：接受工会章程，单独同意 `membership_processing` 和 `sensitive_id_number`（通知版本 `2026-11`），16 周岁以上的有效身份证号，以及经短信验证（或会话 `verifiedMobile`）的手机号。每名劳动者同时只能有一份未结的申请；已是会员返回 409 `already_member`。工会承诺 15 个工作日内联系（`contactDueDate`）。
         *
         *     Needs the charter accepted, the two required separate consents at notice version `2026-11`, a valid resident ID of someone aged 16 or more, and a verified mobile. One open application per worker. The union promises contact within 15 working days.
         */
        post: operations["createMembershipApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 入会申请 id Membership application id
                 * @example mapp_01JEAA4D6F8H0K2M4P6R8T0V2X
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询入会申请 Get a membership application
         * @description 只能查询本会话劳动者自己的申请；他人的 id 一律 404。
         *
         *     Only the session worker's own applications; any other id is 404.
         */
        get: operations["getMembershipApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership-applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 入会申请 id Membership application id
                 * @example mapp_01JEAA4D6F8H0K2M4P6R8T0V2X
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回入会申请 Withdraw a membership application
         * @description 可撤回 `submitted`、`under_review`、`needs_info` 状态的申请，否则 409 `invalid_state`。
         *
         *     Withdraws an open application; otherwise 409 `invalid_state`.
         */
        post: operations["withdrawMembershipApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询本人会员身份 Get my membership
         * @description 不是会员是正常状态：返回 200 `{ "status": "none" }`，不是错误（首次访问不会在控制台留下红色错误）。
         *
         *     A worker who is not a member is an ordinary state: 200 `{ "status": "none" }`, not an error.
         */
        get: operations["getMembership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出互助保障计划 List protection plans
         * @description 职工互助保障计划：保障项目与最高给付、保费及补贴、保障期、参保窗口和参保条件。
         *
         *     Mutual-aid protection plans with benefits, premium, subsidy, term, enrolment window and eligibility.
         */
        get: operations["listInsurancePlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-plans/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 保障计划 id Plan id
                 * @example plan_2026_gig_mutual_aid
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询参保资格 Check eligibility for a plan
         * @description 本会话劳动者能否参加该计划；不能时列出全部原因。
         *
         *     Whether the session worker may enrol, with every reason when not.
         */
        get: operations["getInsurancePlanEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出本人参保记录 List my enrolments
         * @description 本会话劳动者的参保记录，最新的在前。
         *
         *     The session worker's enrolments, newest first.
         */
        get: operations["listInsuranceEnrolments"];
        put?: never;
        /**
         * 参加保障计划 Enrol in a plan
         * @description 符合条件的在册会员一键参保。个人零缴费的计划立即确认并出具保障凭证，保障自确认次日起至 12 月 31 日止（生效前不得称“保障已生效”，应告知“保障自某日起生效”）；12 月 1 日起参保的，保障期为下一自然年度（1 月 1 日至 12 月 31 日）。需个人缴费的计划为 `awaiting_payment`，附 `payment { amountFen, dueDate }`（参保后 14 天内缴费，由平台代收后确认，或到工会窗口缴纳），逾期未缴为 `lapsed`。有年龄限制的计划须知道出生日期：取自会员档案（身份证号），否则请劳动者填写并以 `birthDate` 提交；未知为 422 `birth_date_required`，超出范围为 422 `age_out_of_range`。其他不符合条件的情况返回 422 `not_eligible`，均附 `reasons`。
         *
         *     One-click enrolment for an eligible active member. A plan the worker pays nothing for is confirmed at once with a certificate; cover starts the day after confirmation and ends on 31 December (say "cover starts on D", never "in force" before D). From 1 December enrolments are for the next calendar year (1 January – 31 December). A plan the worker pays for is `awaiting_payment` with `payment { amountFen, dueDate }` (due 14 days after enrolling; the platform collects it and confirms it, or the worker pays at a union counter), and `lapsed` if unpaid by then. A plan with age limits needs the birth date: from the membership record (resident ID) or `birthDate` given here; unknown → 422 `birth_date_required`, out of range → 422 `age_out_of_range`. Any other refusal → 422 `not_eligible`; each carries `reasons`.
         */
        post: operations["createInsuranceEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-enrolments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 参保记录 id Enrolment id
                 * @example enr_01JEB2F6H8K0M2P4R6T8V0X2Z4
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询参保记录 Get an enrolment
         * @description 含保障期和保障凭证。
         *
         *     With the term of cover and the certificate.
         */
        get: operations["getInsuranceEnrolment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-enrolments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 参保记录 id Enrolment id
                 * @example enr_01JEB2F6H8K0M2P4R6T8V0X2Z4
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消参保 Cancel an enrolment
         * @description 可取消 `pending_review`、`awaiting_payment`、`active` 状态的参保，否则 409 `invalid_state`。
         *
         *     Cancels a pending, awaiting-payment or active enrolment; otherwise 409 `invalid_state`.
         */
        post: operations["cancelInsuranceEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-enrolments/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 参保记录 id Enrolment id
                 * @example enr_01JEB3G7J9L1N3Q5S7U9W1Y3A5
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 确认平台代收的保费 Confirm a premium the platform collected
         * @description 仅合作方服务端（密钥）：平台从骑手钱包代收保费（或作为福利代缴）后，确认已付款。只能为本合作方劳动者的 `awaiting_payment` 参保付款；金额必须等于 `payment.amountFen`，否则 422 `payment_amount_mismatch`；已过缴费期限（`lapsed`）为 409 `payment_overdue`；其他状态（如已生效、已取消）为 409 `invalid_state`；其他合作方劳动者的参保为 404。付款后参保变为 `active`，保障自付款次日起至 12 月 31 日止（12 月 1 日起付款的，为下一自然年度），并出具保障凭证。带 `Idempotency-Key` 重试不会重复扣款。
         *
         *     Partner server only (secret key): after the platform collected the premium from the rider's wallet (or paid it as a benefit), confirm the payment. Only for an `awaiting_payment` enrolment of one of the partner's workers; the amount must equal `payment.amountFen` (else 422 `payment_amount_mismatch`); past the due date (`lapsed`) → 409 `payment_overdue`; any other status (already active, cancelled…) → 409 `invalid_state`; another partner's worker's enrolment → 404. The enrolment becomes `active`: cover starts the day after the payment and ends on 31 December (from 1 December, the next calendar year), with a certificate. Retrying with the same `Idempotency-Key` never pays twice.
         */
        post: operations["createInsurancePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出本人的互助金申请 List my claims
         * @description 本会话劳动者的互助金申请，最新的在前。
         *
         *     The session worker's claims, newest first.
         */
        get: operations["listInsuranceClaims"];
        put?: never;
        /**
         * 申请互助金 File a claim
         * @description 为本人参保申请互助金。规则：`benefit` 须是该计划有的保障（`accident_medical` 对应 `accident`，`inpatient` 对应 `inpatient_day`，`critical_illness`，`disability` 对应 `death_disability`；身故由家属到现场办理），否则 422 `benefit_not_covered`；出险日期须在保障期内（该参保的 `coverageStart`–`coverageEnd`），否则 422 `incident_outside_cover`；出险日期不能晚于今天，也不能早于两年前（422 `validation_failed`）；`inpatient` 须填 `hospitalDays`，其他类型不填；`evidenceFileIds` 须是本人上传、用途为 `claim_evidence` 的文件（他人的文件为 404，用途不符为 422 `validation_failed`）；须单独同意 `claim_processing` 和 `sensitive_health_data`（422 `consent_required`）。不属于本人的参保为 422 `validation_failed`（`enrolmentId`）。工会在 `decisionDueDate` 前作出决定。平台不会得知任何理赔信息。
         *
         *     A claim on one of the worker's enrolments. `benefit` must be one the plan has (`accident_medical` on `accident`, `inpatient` on `inpatient_day`, `critical_illness`, `disability` on `death_disability`; death claims are made by the family in person), else 422 `benefit_not_covered`; the incident date must lie within the enrolment's cover (`coverageStart`–`coverageEnd`), else 422 `incident_outside_cover`; it may not be in the future nor more than two years ago (422 `validation_failed`); `hospitalDays` is required for `inpatient` and refused for the others; `evidenceFileIds` must be the worker's own files with purpose `claim_evidence` (another's file → 404, another purpose → 422 `validation_failed`); the separate consents `claim_processing` and `sensitive_health_data` are required (422 `consent_required`). An enrolment that is not the worker's → 422 `validation_failed` on `enrolmentId`. The union decides by `decisionDueDate`. The platform learns nothing of claims.
         */
        post: operations["createInsuranceClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 互助金申请 id Claim id
                 * @example clm_01JED4H8K0M2P4R6T8V0X2Z4B6
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询互助金申请 Get a claim
         * @description 含状态时间线、决定期限、核定金额和原因。
         *
         *     With its status timeline, decision due date, approved amount and reason.
         */
        get: operations["getInsuranceClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-claims/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 互助金申请 id Claim id
                 * @example clm_01JED4H8K0M2P4R6T8V0X2Z4B6
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 补充材料 Add documents
         * @description 答复“需补充材料”（`more_info_needed`）：补充本人上传、用途为 `claim_evidence` 的文件，申请回到 `under_review`，决定期限从补充之日起重新计算。其他状态为 409 `invalid_state`。
         *
         *     Answers `more_info_needed` with more of the worker's own `claim_evidence` files: the claim goes back to `under_review` and its decision due date counts again from today. In any other status → 409 `invalid_state`.
         */
        post: operations["addInsuranceClaimDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/insurance-claims/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 互助金申请 id Claim id
                 * @example clm_01JED4H8K0M2P4R6T8V0X2Z4B6
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回互助金申请 Withdraw a claim
         * @description 作出决定前（`submitted`、`under_review`、`more_info_needed`）可撤回，否则 409 `invalid_state`。
         *
         *     Before a decision (`submitted`, `under_review`, `more_info_needed`); otherwise 409 `invalid_state`.
         */
        post: operations["withdrawInsuranceClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查找服务阵地 Find service points
         * @description 户外职工爱心接力站、司机之家、职工食堂、社区食堂、调解室、法律援助点、体检点、健身点、城市建设者管理者之家和保障性租赁住房。带 `near` 时按距离由近到远排序并返回 `distanceM`；否则按区。位置只用于本次查询，不保存。
         *
         *     Rest stations, driver homes, canteens and more. With `near` the results are sorted by distance and carry `distanceM`. The position is used for this query only and never stored.
         */
        get: operations["listServicePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 服务阵地 id Service point id
                 * @example sp_310104_caoxibei_398
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询服务阵地 Get a service point
         * @description 开放时间、设施、优惠餐、电话和位置（WGS-84；导航链接由组件换算为 GCJ-02 或 BD-09）。
         *
         *     Hours, amenities, meal offers, phone and location (WGS-84).
         */
        get: operations["getServicePoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service-points/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 服务阵地 id Service point id
                 * @example sp_310104_legal_aid_1
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询可预约时段 List bookable slots
         * @description 法律援助站（`legal_aid`）、调解室（`mediation_room`）和健康快筛点（`health_check`，含上岗前健康快筛）按开放时间在工作日提供 30 分钟一段的预约，每段名额有限（沙箱每段 3 个）。周末、闭馆日为空列表；已过去或已约满的时段 `available: false`。其他类型的阵地为 422 `appointments_not_offered`。`date` 为上海当地日期，可查今天起 30 天内。
         *
         *     Legal-aid stations, mediation rooms and health-check points (pre-shift health checks included) offer 30-minute slots on weekdays within their opening hours, a few places each (3 in the sandbox). A weekend or closure day is an empty list; past or full slots are `available: false`. Any other type of point is 422 `appointments_not_offered`. `date` is a Shanghai local date, from today up to 30 days ahead.
         */
        get: operations["listServicePointSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出活动 List events
         * @description 法律服务、文体、健康、交友、亲子、技能等活动，按开始时间排序。
         *
         *     Legal, culture, sport, health, matchmaking, family and skills events, by start time.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 活动 id Event id
                 * @example evt_2026_1205_legal
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询活动 Get an event
         * @description 含剩余名额和候补人数。
         *
         *     With places left and the waitlist count.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 活动 id Event id
                 * @example evt_2026_1205_legal
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 下载活动日历 Download the event as iCalendar
         * @description iCalendar（RFC 5545）文件，可加入手机日历。
         *
         *     An iCalendar (RFC 5545) file for the phone's calendar.
         */
        get: operations["getEventCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 活动 id Event id
                 * @example evt_2026_1205_legal
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 报名活动 Register for an event
         * @description 有名额为 `confirmed`；满员且有候补为 `waitlisted`（带 `waitlistPosition`）；否则 409 `event_full`。报名窗口外 422 `registration_closed`。会员专场（`membersOnly: true`）非会员报名为 403 `members_only`：组件应在点击前显示“仅限会员”并引导入会。
         *
         *     家庭活动（带 `maxCompanions` 的活动）可带同行家属 `companions`（关系和出生年份，不填姓名），名额按人数计算（本人加家属，即 `people`）。剩余名额不够全组人时整组进入候补（不拆分）；活动不设候补则为 409 `not_enough_places`。以下为 422 `validation_failed`，`errors[]` 指明字段：家属超过 `maxCompanions`（`companions`，`invalid_value`）；非家庭活动带家属（`companions`，`invalid_value`）；儿童年龄不在 `childAgeRange` 内（`companions.N.birthYear`，`invalid_value`，年龄为活动年份减出生年份）；出生年份晚于今年（`companions.N.birthYear`，`invalid_value`）。出错时名额和候补不变。
         *
         *     `confirmed` while places are left, else `waitlisted` when the event has a waitlist, else 409 `event_full`. Outside the registration window 422 `registration_closed`. A non-member registering for a members-only event (`membersOnly: true`) gets 403 `members_only`: widgets show "members only" before the tap and lead to the join flow.
         *
         *     A family event (one with `maxCompanions`) takes `companions` (relation and birth year, no names); places count people, the worker plus companions (`people`). When fewer places are left than the party needs, the whole party joins the waitlist (never split); an event without a waitlist answers 409 `not_enough_places`. 422 `validation_failed`, with `errors[]` naming the field: more companions than `maxCompanions` (`companions`, `invalid_value`); companions on an event that takes none (`companions`, `invalid_value`); a child outside `childAgeRange` (`companions.N.birthYear`, `invalid_value`; the age is the event's year minus the birth year); a birth year after this year (`companions.N.birthYear`, `invalid_value`). A refused registration changes no places and no waitlist.
         */
        post: operations["createEventRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出本人报名 List my registrations
         * @description 本会话劳动者的活动报名，最新的在前。
         *
         *     The session worker's registrations, newest first.
         */
        get: operations["listEventRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/event-registrations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 报名 id Registration id
                 * @example reg_01JEB5J9L1N3Q5S7U9W1Y3A5C7
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消报名 Cancel a registration
         * @description 取消已确认的报名后，释放全组人数的名额，并按候补顺序递补：名额够整组的依次转为确认；排在前面但人数放不下的一组保留位次，后面人数放得下的组可先递补。已取消的报名再取消为 409 `invalid_state`。
         *
         *     Cancelling a confirmed registration frees the places of its whole party and promotes from the waitlist, in order, every party that fits the places now free; a party too large to fit keeps its position (first for the next freed places) while smaller ones behind it may go ahead. Cancelling twice is 409 `invalid_state`.
         */
        post: operations["cancelEventRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-postings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 搜索招聘岗位 Search job postings
         * @description “会聘上海”及合作单位发布的岗位，最新的在前。
         *
         *     Postings from the union's job system 会聘上海 and partners, newest first.
         */
        get: operations["listJobPostings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-postings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 岗位 id Job posting id
                 * @example job_hp_2026_118842
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询招聘岗位 Get a job posting
         * @description 岗位详情。
         *
         *     A job posting.
         */
        get: operations["getJobPosting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-postings/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 岗位 id Job posting id
                 * @example job_hp_2026_118842
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 投递岗位 Apply for a job
         * @description 须单独同意 `job_application_sharing`（通知版本 `2026-11`），把申请转交用人单位。已投递未撤回为 409 `already_applied`；岗位过期为 422 `job_posting_expired`。
         *
         *     Needs the separate consent to send the application to the employer.
         */
        post: operations["createJobApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出本人求职申请 List my job applications
         * @description 本会话劳动者的求职申请，最新的在前。
         *
         *     The session worker's job applications, newest first.
         */
        get: operations["listJobApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/job-applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 求职申请 id Job application id
                 * @example japp_01JEB7M2P4R6T8V0X2Z4B6D8F0
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回求职申请 Withdraw a job application
         * @description 可撤回 `submitted`、`viewed`、`interview` 状态的申请，否则 409 `invalid_state`。
         *
         *     Withdraws a submitted, viewed or interview-stage application; otherwise 409 `invalid_state`.
         */
        post: operations["withdrawJobApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出本人同意记录 List my consents
         * @description 每项单独同意：目的、通知版本、同意时间、撤回时间。任何组件的会话都可查询。
         *
         *     Every separate consent with purpose, notice version, when given and when withdrawn. Any component may call it.
         */
        get: operations["listConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consents/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 同意记录 id Consent id
                 * @example cns_01JEAA5E7G9J1L3N5Q7S9U1W3Z
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回同意 Withdraw a consent
         * @description 撤回与给出同样方便。撤回 `share_status_with_platform` 后平台不再收到状态 Webhook。已撤回的再撤回为 409 `consent_already_withdrawn`。
         *
         *     Withdrawing is as easy as giving. After withdrawing `share_status_with_platform` the platform gets no more status webhooks.
         */
        post: operations["withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/privacy-notices/{purpose}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 同意目的，或 `union_charter`（《中国工会章程》摘要）A consent purpose, or `union_charter` for the summary of the Constitution of the Chinese Trade Unions.
                 * @example sensitive_id_number
                 */
                purpose: string;
            };
            cookie?: never;
        };
        /**
         * 阅读隐私告知或工会章程 Read a privacy notice or the charter
         * @description 每项单独同意都有一份可阅读的告知：处理什么信息、为什么、保存多久、如何撤回、由谁处理；组件在每个勾选框旁链接到它。`union_charter` 为《中国工会章程》摘要。按 `Accept-Language` 返回中文或英文（`Content-Language` 说明所用语言）。不含任何个人信息；任何组件的会话都可读取。未知的目的为 404 `not_found`。
         *
         *     Every separate consent has a readable notice: what is processed, why, how long it is kept, how to withdraw, who processes it; widgets link it from each checkbox. `union_charter` is a summary of the Constitution of the Chinese Trade Unions. Served in Chinese or English by `Accept-Language` (`Content-Language` says which). No personal data; any component's session may read it, and the partner's server too. An unknown purpose is 404 `not_found`.
         */
        get: operations["getPrivacyNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上传证明材料 Upload a file
         * @description `multipart/form-data`，两部分：`file`（文件本身）和 `purpose`（`claim_evidence` 互助金申请材料、`legal_evidence` 求助证据、`certificate` 证书扫描件）。文件不超过 10 MiB（10,485,760 字节），否则 413 `file_too_large`；类型按内容（文件头）判断，不看文件名或声明的类型：JPEG（`FF D8 FF`）、PNG（`89 50 4E 47`）、WebP（`RIFF….WEBP`）或 PDF（`%PDF-`），其余为 422 `unsupported_file_type`；缺少某一部分或用途未知为 422 `validation_failed`；不是 multipart 的请求体为 415。文件只有上传它的劳动者（和工会）可见：别的劳动者或别的合作方的文件 id 在任何引用它的地方都是 404。沙箱不改动文件内容：照片的 EXIF（含拍摄位置）由组件在设备上去除（重新编码），接口不会拒绝仍带位置的 JPEG。沙箱只保存元数据，不保存文件内容。
         *
         *     `multipart/form-data` with two parts: `file` and `purpose` (`claim_evidence`, `legal_evidence`, `certificate`). At most 10 MiB (10,485,760 bytes), else 413 `file_too_large`; the type is read from the content (its first bytes), never from the name or the declared type: JPEG (`FF D8 FF`), PNG (`89 50 4E 47`), WebP (`RIFF….WEBP`) or PDF (`%PDF-`), anything else is 422 `unsupported_file_type`; a missing part or an unknown purpose is 422 `validation_failed`; a body that is not multipart is 415. A file is visible to the worker who uploaded it (and the union) only: another worker's or another partner's file id is 404 wherever it is referenced. The API does not alter the bytes: the widgets remove a photo's EXIF (its location included) on the device by re-encoding it; a JPEG that still carries a location is accepted. The sandbox keeps the metadata only, never the bytes.
         */
        post: operations["createFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 文件 id File id
                 * @example file_01JEAB7G9J1L3N5Q7S9U1W3Y5A
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查看文件信息 A file's metadata
         * @description 只有上传者可查看；别人的文件为 404 `not_found`。只返回元数据，不返回内容。
         *
         *     The uploader's own files only; anyone else's is 404 `not_found`. Metadata only, never the bytes.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出本人预约 List my appointments
         * @description 本会话劳动者的预约，最新的在前。已结束仍为 `booked` 的预约在沙箱中视为已到场（`attended`）。
         *
         *     The session worker's appointments, newest first. In the sandbox a `booked` appointment whose slot has ended counts as `attended`.
         */
        get: operations["listAppointments"];
        put?: never;
        /**
         * 预约时段 Book a slot
         * @description 预约一个时段（`startsAt` 须为 `GET /service-points/{id}/slots` 给出的时段开始时间）。同一劳动者在同一阵地只能有一个未来的预约（409 `appointment_already_booked`）；时段已满或已过为 409 `slot_unavailable`；阵地不提供预约为 422 `appointments_not_offered`。时段开始前两小时内不能再取消。预约不会通知平台。
         *
         *     Books one slot (`startsAt` must be a slot start from `GET /service-points/{id}/slots`). One future appointment per worker per point (409 `appointment_already_booked`); a full or past slot is 409 `slot_unavailable`; a point without appointments is 422 `appointments_not_offered`. Cancellable until two hours before it starts. The platform is never told.
         */
        post: operations["createAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 预约 id Appointment id
                 * @example appt_9c2e4a6b8d0f1a3c
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消预约 Cancel an appointment
         * @description 开始前两小时（`cancellableUntil`）之前可取消；之后为 409 `cancellation_closed`。已取消或已结束的预约为 409 `invalid_state`。
         *
         *     Cancellable until two hours before it starts (`cancellableUntil`); later is 409 `cancellation_closed`. An appointment already cancelled or over is 409 `invalid_state`.
         */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/union-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请工会会话验证码 Ask for a union-session code
         * @description 工会托管页（工会自己的源）为保密求助（法律咨询、法律援助、调解、投诉）开启工会会话：用平台签发的组件会话令牌加上劳动者本人手机号，向该手机发送 6 位验证码（10 分钟内有效，沙箱中为 `000000`）。平台持有组件会话令牌，但收不到验证码，因此拿不到工会会话令牌。
         *
         *     The union's hosted page (on the union's origin) opens a union session for confidential help requests (legal consultation, legal aid, mediation, complaints): with the platform-minted client token and the worker's own mobile, it sends a 6-digit code to that mobile (valid 10 minutes; `000000` in the sandbox). The platform holds the client token but never receives the code, so it cannot obtain a union token.
         */
        post: operations["createUnionSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/union-sessions/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 工会会话验证 id Union-session verification id
                 * @example usv_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 换取工会会话令牌 Exchange the code for a union token
         * @description 用正确的验证码换取工会会话令牌 `ust_…`（15 分钟，只用于本人的保密求助和相关预约，只在工会源或服务端使用）。验证码错误为 422 `sms_code_invalid`（附剩余次数），错满 5 次为 429 `sms_attempts_exceeded`，过期为 422 `sms_verification_expired`；他人的或已用过的验证为 404。每次验证只能换一次。
         *
         *     Exchanges the right code for a union token `ust_…` (15 minutes; for the worker's own confidential help requests and their appointments only; accepted from the union's origin or a server, never from a partner's origin). A wrong code is 422 `sms_code_invalid` (with the attempts left); 5 wrong codes 429 `sms_attempts_exceeded`; an expired one 422 `sms_verification_expired`; someone else's or a used one 404. Each verification is exchanged once.
         */
        post: operations["confirmUnionSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/help-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 列出本人求助 List my help requests
         * @description 本会话劳动者的求助（我的求助），最新的在前，带时间线和消息。
         *
         *     The session worker's help requests, newest first, with timeline and messages.
         */
        get: operations["listHelpRequests"];
        put?: never;
        /**
         * 提交求助 File a help request
         * @description 提交求助或办事申请（我要求助）。`type` 决定必填字段（沙箱校验，缺少或多余的字段为 `validation_failed`，字段错误指向该字段）：
         *
         *     - `legal_consultation` 法律咨询、`legal_aid` 法律援助申请、`mediation` 劳动争议调解、`complaint` 维权投诉：`topic`、`counterparty`、`description`（≤ 2,000 字）、`contactPreference`；`in_person`（当面）时还需 `appointmentId`：本人在法律援助站或调解室的有效预约（否则 422 `appointment_required` / `appointment_invalid`）。
         *     - `suggestion` 建言献策：`topic`、`description`，可 `anonymous: true`（工会看不到提交人；只有建言可以匿名）。
         *     - `skill_subsidy` 取证补贴：`certificate { name, level, number, issuedOn }`，证书扫描件放在 `evidenceFileIds`（用途 `certificate`）。须在发证日已是会员（422 `not_member_on_issue_date`），证书在 12 个月内颁发（422 `certificate_too_old`），同一证书编号只补贴一次（409 `subsidy_already_claimed`）；金额按等级查补贴表（`subsidyFen`）。
         *     - `micro_wish` 微心愿：`category`、`wish`（≤ 100 字）、`valueFen`（≤ 50,000 分即 500 元）；每人每年只能有一个未完成的心愿（409 `wish_already_open`）。
         *
         *     每个申请都需单独同意 `help_request_processing`。返回可电话报读的受理编号 `reference`（如 `QZ-7K3M-2Q`，不含 0/O/1/I）。**保密：** 求助申请从不以任何形式告知平台（无 Webhook、不计入 `/partner/stats` 和劳动者状态）；`legal_*`、`mediation`、`complaint` 的表单在工会域名的托管页中填写。这四类保密求助只能用工会会话令牌 `ust_…`（`POST /union-sessions`）提交、查看、留言和撤回：用平台签发的 `wst_…` 提交为 403 `union_session_required`，列表中不出现（不计数、无提示），按 id 查询为 404，与不存在的 id 无异；关联的预约同样只对工会会话可见。
         *
         *     Files a help request. `type` decides the required fields (checked by the sandbox: a missing field or one that is not the type's is `validation_failed` with a field error on it):
         *
         *     - `legal_consultation`, `legal_aid`, `mediation`, `complaint`: `topic`, `counterparty`, `description` (≤ 2,000 characters), `contactPreference`; `in_person` also needs `appointmentId`, the worker's own booked appointment at a legal-aid station or mediation room (else 422 `appointment_required` / `appointment_invalid`).
         *     - `suggestion`: `topic`, `description`, and optionally `anonymous: true` (the union does not see who sent it; only suggestions may be anonymous).
         *     - `skill_subsidy`: `certificate { name, level, number, issuedOn }` with its scan in `evidenceFileIds` (purpose `certificate`). The worker must have been a member on the issue date (422 `not_member_on_issue_date`), the certificate issued within 12 months (422 `certificate_too_old`), one subsidy per certificate number (409 `subsidy_already_claimed`); the amount comes from the subsidy table by level (`subsidyFen`).
         *     - `micro_wish`: `category`, `wish` (≤ 100 characters), `valueFen` (≤ 50,000 fen, ¥500); one open wish per worker per year (409 `wish_already_open`).
         *
         *     Every request needs the separate consent `help_request_processing`. The answer carries `reference`, short enough to read out on the phone (e.g. `QZ-7K3M-2Q`; no 0/O/1/I). **Confidential:** help requests never reach the platform in any form (no webhook, nothing in `/partner/stats` or worker status); the `legal_*`, `mediation` and `complaint` forms run in the union-origin hosted page. These four confidential types are filed, listed, read, messaged and withdrawn only with a union token `ust_…` (`POST /union-sessions`): with the platform-minted `wst_…` creating one is 403 `union_session_required`, lists leave them out entirely (no count, no hint) and reading one by id is 404, exactly like an id that does not exist; an appointment a confidential request uses is likewise seen only with the union token.
         */
        post: operations["createHelpRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/help-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 求助 id Help request id
                 * @example help_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        /**
         * 查询求助 Get a help request
         * @description 本人的一条求助，带时间线和与社工的消息往来。他人的求助为 404。
         *
         *     One of the worker's help requests with its timeline and the messages with the social worker (社工). Someone else's is 404.
         */
        get: operations["getHelpRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/help-requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 求助 id Help request id
                 * @example help_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 给社工留言 Message the social worker
         * @description 劳动者给社工留言，可附本人上传的文件（用途 `legal_evidence` 或 `certificate`）。`more_info_needed` 的申请收到留言后回到 `in_progress`。已结束（`resolved`、`declined`、`withdrawn`、`fulfilled`）的申请为 409 `invalid_state`。返回整条求助。
         *
         *     The worker writes to the social worker, optionally with files they uploaded. A request in `more_info_needed` goes back to `in_progress`. A closed request (`resolved`, `declined`, `withdrawn`, `fulfilled`) is 409 `invalid_state`. Answers the whole help request.
         */
        post: operations["createHelpRequestMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/help-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 求助 id Help request id
                 * @example help_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回求助 Withdraw a help request
         * @description 在办结前撤回（`submitted`、`accepted`、`in_progress`、`more_info_needed`）；其他状态为 409 `invalid_state`。
         *
         *     Withdraws a request before it is settled (`submitted`, `accepted`, `in_progress`, `more_info_needed`); any other status is 409 `invalid_state`.
         */
        post: operations["withdrawHelpRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/membership-applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 入会申请 id Membership application id
                 * @example mapp_01JEAA4D6F8H0K2M4P6R8T0V2X
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * （沙箱）审批入会申请 (Sandbox) Decide a membership application
         * @description 仅沙箱：模拟工会审批。`approve` 生成会员身份（`active`，当日起）并发送 `member.status_changed`。可用密钥，或用该劳动者自己的会话令牌。
         *
         *     Sandbox only: plays the union's decision. `approve` creates an active membership and sends `member.status_changed`. Secret key, or the worker's own client token.
         */
        post: operations["decideMembershipApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/help-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 求助 id Help request id
                 * @example help_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * （沙箱）处理求助 (Sandbox) Act on a help request
         * @description 仅沙箱：扮演工会社工。`accept`（submitted → accepted）、`start`（accepted 或 more_info_needed → in_progress）、`needs_info`（accepted 或 in_progress → more_info_needed）、`resolve`（in_progress → resolved）、`decline`（未结束时 → declined）；微心愿另有 `adopt`（submitted 或 accepted → adopted）和 `fulfil`（adopted → fulfilled）。`message` 以社工身份写入 `messages`。不允许的转换为 409 `invalid_state`。可用密钥，或该劳动者自己的会话令牌。
         *
         *     Sandbox only: plays the union's social worker (社工). `accept` (submitted → accepted), `start` (accepted or more_info_needed → in_progress), `needs_info` (accepted or in_progress → more_info_needed), `resolve` (in_progress → resolved), `decline` (any open status → declined); micro-wishes also `adopt` (submitted or accepted → adopted) and `fulfil` (adopted → fulfilled). `message` lands in `messages` from the social worker. Any other move is 409 `invalid_state`. Secret key, or the worker's own client token.
         */
        post: operations["decideHelpRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/insurance-claims/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 互助金申请 id Claim id
                 * @example clm_01JED4H8K0M2P4R6T8V0X2Z4B6
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * （沙箱）决定互助金申请 (Sandbox) Decide a claim
         * @description 仅沙箱：模拟工会的决定。`approve`（核定 `amountFen`，不填则为该保障的最高给付额，住院为每天金额乘以住院天数；超过最高额为 422）、`reject`（附 `reason`）、`needs_info`（`reason` 写明需补充什么），只能对 `submitted`、`under_review` 的申请作出；`submitted` 的申请先记为 `under_review`。`pay` 把 `approved` 的申请记为 `paid`（打入会员服务卡）。其他状态为 409 `invalid_state`。可用密钥（本合作方劳动者的申请），或用该劳动者自己的会话令牌。
         *
         *     Sandbox only: plays the union's decision. `approve` (with `amountFen`, by default the benefit's maximum — for `inpatient` the daily amount times `hospitalDays`; above it → 422), `reject` (with a `reason`) and `needs_info` (`reason` says what is missing) decide a `submitted` or `under_review` claim; a `submitted` one is first marked `under_review`. `pay` moves an `approved` claim to `paid` (paid to the member's union service card). Any other status → 409 `invalid_state`. Secret key (the partner's workers' claims), or the worker's own client token.
         */
        post: operations["decideInsuranceClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/insurance-enrolments/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 参保记录 id Enrolment id
                 * @example enr_01JEB3G7J9L1N3Q5S7U9W1Y3A5
                 */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * （沙箱）模拟在工会窗口缴费 (Sandbox) Pay at a union counter
         * @description 仅沙箱：模拟劳动者在工会服务窗口缴纳 `payment.amountFen`。规则同 `POST /insurance-enrolments/{id}/payments`（`payment_overdue`、`invalid_state`）。可用密钥（本合作方劳动者的参保），或用该劳动者自己的会话令牌。
         *
         *     Sandbox only: the worker pays `payment.amountFen` at a union service counter. The same rules as `POST /insurance-enrolments/{id}/payments` (`payment_overdue`, `invalid_state`). Secret key (the partner's workers' enrolments), or the worker's own client token.
         */
        post: operations["payInsuranceEnrolmentAtCounter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * （沙箱）时钟前进 (Sandbox) Advance the test clock
         * @description 仅沙箱（类似 Stripe 的测试时钟）：把沙箱时间向前拨 `days` 天（1–366），返回新的当前时间。随之：会话令牌按新时间过期（15 分钟），保障按期生效和到期，逾期未缴费的参保变为 `lapsed`（并发送相应 Webhook）。时间只能前进；`POST /sandbox/reset` 不会拨回时钟。可用密钥或会话令牌（该令牌随即过期）。
         *
         *     Sandbox only (like Stripe's test clocks): moves the sandbox's time forward by `days` (1–366) and answers the new time. With it client tokens expire (15 minutes), cover starts and ends, and enrolments unpaid past their due date become `lapsed` (with their webhooks). Time only moves forward; `POST /sandbox/reset` does not turn it back. Secret key or client token (which then expires).
         */
        post: operations["advanceSandboxClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sandbox/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * （沙箱）重置数据 (Sandbox) Reset
         * @description 仅沙箱：清空本合作方的全部沙箱数据，恢复初始种子数据。
         *
         *     Sandbox only: clears the partner's sandbox data back to the seed.
         */
        post: operations["resetSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 健康检查 Health check
         * @description 沙箱运行中即返回 200。不需要凭证，位于 `/v1` 之外。
         *
         *     Answers 200 while the sandbox runs. No credential; outside `/v1`.
         */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = {
    "member.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 会员状态变更 Member status changed
         * @description 劳动者的会员状态变化（如入会获批、会籍失效）时发送，仅限同意共享状态（`share_status_with_platform`）的劳动者。
         *
         *     Sent when a worker's membership status changes, only for workers who consented to share their status.
         */
        post: operations["memberStatusChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "coverage.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 保障状态变更 Coverage status changed
         * @description 劳动者的参保状态变化（生效、到期、取消等）时发送，仅限同意共享状态的劳动者。
         *
         *     Sent when a worker's enrolment changes status, only for workers who consented to share their status.
         */
        post: operations["coverageStatusChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "coverage.payment_required": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 待缴保费 A premium is due
         * @description 劳动者参加了需个人缴费的计划（`awaiting_payment`）时发送，仅限同意共享状态的劳动者：平台若代收保费（从骑手钱包扣款或作为福利代缴），请在 `dueDate` 前调用 `POST /insurance-enrolments/{id}/payments` 确认。只含 id、金额和期限，不含任何个人信息。
         *
         *     Sent when a worker enrols in a plan they pay for (`awaiting_payment`), only for workers who consented to share their status: a platform that collects the premium (from the rider's wallet, or as a benefit) confirms it with `POST /insurance-enrolments/{id}/payments` before `dueDate`. Ids, amount and due date only; nothing personal.
         */
        post: operations["coveragePaymentRequired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /**
         * @description Stable machine code of a problem. New codes may be added; existing ones never change meaning.
         * @enum {string}
         */
        ErrorCode: "invalid_json" | "unsupported_media_type" | "validation_failed" | "unauthenticated" | "token_expired" | "secret_key_in_browser" | "origin_not_allowed" | "forbidden_scope" | "not_found" | "method_not_allowed" | "payload_too_large" | "file_too_large" | "unsupported_file_type" | "idempotency_key_reused" | "request_in_progress" | "rate_limited" | "server_error" | "timeout" | "sms_code_invalid" | "sms_verification_expired" | "sms_attempts_exceeded" | "union_session_required" | "mobile_not_verified" | "consent_required" | "notice_version_outdated" | "already_member" | "application_already_open" | "not_a_member" | "invalid_state" | "not_eligible" | "already_enrolled" | "already_registered" | "event_full" | "registration_closed" | "members_only" | "not_enough_places" | "already_applied" | "job_posting_expired" | "consent_already_withdrawn" | "birth_date_required" | "age_out_of_range" | "appointments_not_offered" | "slot_unavailable" | "appointment_already_booked" | "cancellation_closed" | "appointment_required" | "appointment_invalid" | "not_member_on_issue_date" | "certificate_too_old" | "subsidy_already_claimed" | "wish_already_open" | "payment_amount_mismatch" | "payment_overdue" | "benefit_not_covered" | "incident_outside_cover";
        FieldError: {
            /** @description JSON Pointer-like dotted path of the field, e.g. `residentIdNumber` or `consents.0.purpose`. */
            path: string;
            /** @enum {string} */
            code: ("required" | "invalid_type" | "invalid_format" | "invalid_checksum" | "invalid_value" | "too_small" | "too_big" | "unknown_field" | (string & {}));
            message: string;
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail?: string;
            code: (components["schemas"]["ErrorCode"] | (string & {}));
            requestId: string;
            /** @description Every field problem, for `validation_failed` and some domain codes. */
            errors?: components["schemas"]["FieldError"][];
            /** @description Why the worker may not enrol; with `not_eligible`, `birth_date_required` and `age_out_of_range`. */
            reasons?: (components["schemas"]["EligibilityReason"] | (string & {}))[];
        };
        /** @description Any string of 1–255 printable ASCII characters, e.g. a UUID. Scoped to the credential's subject; kept 24 hours. */
        IdempotencyKey: string;
        /** @description Sandbox failure rehearsal: `rate_limited`, `server_error`, `timeout`, or `slow:<ms>` (0–30000). */
        SandboxScenario: string;
        /** @description `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. */
        WebhookSignature: string;
        HealthStatus: {
            /** @constant */
            status: "ok";
        };
        /** @description Opaque cursor of the next page; `null` on the last page. */
        Cursor: string | null;
        /**
         * @description GB/T 2260 code of one of Shanghai's 16 districts.
         * @enum {string}
         */
        DistrictCode: "310101" | "310104" | "310105" | "310106" | "310107" | "310109" | "310110" | "310112" | "310113" | "310114" | "310115" | "310116" | "310117" | "310118" | "310120" | "310151";
        /** @enum {string} */
        Occupation: "food_delivery_rider" | "ride_hailing_driver" | "courier" | "truck_driver" | "domestic_care_worker" | "digital_content_creator" | "other";
        /** @enum {string} */
        Locale: "zh-CN" | "en";
        /** @enum {string} */
        Component: "membership" | "insurance" | "service_map" | "events" | "jobs" | "help";
        /** @enum {string} */
        ConsentPurpose: "membership_processing" | "sensitive_id_number" | "share_status_with_platform" | "job_application_sharing" | "help_request_processing" | "claim_processing" | "sensitive_health_data";
        ConsentGrant: {
            purpose: components["schemas"]["ConsentPurpose"];
            /** @description Version of the privacy notice the worker saw; the current one is `2026-11`. */
            noticeVersion: string;
        };
        /** @description WGS-84 coordinates. */
        GeoPoint: {
            lat: number;
            lng: number;
        };
        ActivityAttestation: {
            activeOrdersLast7Days: number;
        };
        WidgetSessionCreate: {
            /** @description The partner's own opaque reference for the worker. Never a name, ID number or mobile. */
            workerRef: string;
            components: components["schemas"]["Component"][];
            locale?: components["schemas"]["Locale"];
            /** @description A mobile the platform has already verified; the worker then needs no SMS code for it. */
            verifiedMobile?: string;
            attestation?: components["schemas"]["ActivityAttestation"];
        };
        WidgetSession: {
            id: string;
            /** @description Client token `wst_…` for the browser. */
            clientToken: string;
            /** Format: date-time */
            expiresAt: string;
            components: (components["schemas"]["Component"] | (string & {}))[];
            locale?: (components["schemas"]["Locale"] | (string & {}));
        };
        /** @description A client token's own session, without the token; `allowedOrigins` are the partner's registered origin patterns. */
        WidgetSessionCurrent: {
            id: string;
            /** Format: date-time */
            expiresAt: string;
            components: (components["schemas"]["Component"] | (string & {}))[];
            locale: (components["schemas"]["Locale"] | (string & {}));
            /** @description Origin patterns: `https://rider.example`, `http://localhost:*` (any port), `capacitor://localhost`. */
            allowedOrigins: string[];
        };
        /** @description The origin patterns a partner registered for its pages and apps. */
        AllowedOrigins: {
            origins: string[];
        };
        AllowedOriginsUpdate: {
            /** @description `https://host[:port]`, `http://localhost:*`, `http://127.0.0.1:*`, an app scheme such as `capacitor://localhost`, or `null` (with `allowNullOrigin`). */
            origins: string[];
            /**
             * @description 明确同意登记 `null`（从 `file://` 加载的 WebView）。任何不透明来源都发送 `null`，见本操作的警告。
             *
             *     Opts in to registering `null` (webviews loading from `file://`). Every opaque origin sends `null`: see the warning on this operation.
             */
            allowNullOrigin?: boolean;
        };
        /** @enum {string} */
        MembershipStatus: "active" | "transfer_pending" | "lapsed" | "left";
        /** @enum {string} */
        EnrolmentStatus: "pending_review" | "awaiting_payment" | "active" | "expired" | "rejected" | "cancelled" | "lapsed";
        /** @description What the platform may learn, only when the worker consented to `share_status_with_platform`. Without that consent `shared` is false and nothing else is told. */
        WorkerStatus: {
            workerRef: string;
            shared: boolean;
            membership: null | {
                status: (components["schemas"]["MembershipStatus"] | (string & {}));
                /** Format: date */
                since: string;
            };
            coverage: components["schemas"]["CoverageSummary"][];
        };
        CoverageSummary: {
            planId: string;
            status: (components["schemas"]["EnrolmentStatus"] | (string & {}));
            /** Format: date */
            coverageEnd: string | null;
        };
        /** @enum {string} */
        WebhookEventType: "member.status_changed" | "coverage.status_changed" | "coverage.payment_required";
        WebhookEndpointCreate: {
            /**
             * Format: uri
             * @description 接收地址：http(s)，不含空格、控制字符、非 ASCII 字符和用户名密码；不能是链路本地、云元数据、未指定、组播或广播地址（任何写法），环回与内网地址可用。
             *
             *     Where events are POSTed: http(s), printable ASCII without spaces and without credentials. Link-local, cloud metadata, unspecified, multicast and broadcast addresses are refused in every spelling (422); loopback and private addresses are fine for local testing. Redirects from it are not followed.
             */
            url: string;
            events: components["schemas"]["WebhookEventType"][];
        };
        WebhookEndpoint: {
            id: string;
            url: string;
            events: (components["schemas"]["WebhookEventType"] | (string & {}))[];
            /** Format: date-time */
            createdAt: string;
            status: (components["schemas"]["WebhookEndpointStatus"] | (string & {}));
            /**
             * Format: date-time
             * @description Since when the endpoint is `failing` (its first failed attempt in the run), else null.
             */
            failingSince: string | null;
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /** @description Signing secret `whsec_…`, shown only at creation. */
            secret: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /**
         * @description `active`：最近一次投递成功或尚无投递；`failing`：连续 5 次尝试失败或有事件 72 小时内未送达，仍照常投递和重试（不会被停用），下一次成功后回到 `active`。 `active`: the latest attempt succeeded or none was made; `failing`: 5 attempts in a row failed or an event was not delivered within 72 hours. A failing endpoint still gets every delivery and retry (it is never disabled) and is `active` again after the next success.
         * @enum {string}
         */
        WebhookEndpointStatus: "active" | "failing";
        /** @enum {string} */
        WebhookDeliveryStatus: "pending" | "succeeded" | "failed";
        /** @description An event sent to the partner, with how its delivery went. */
        WebhookEvent: {
            id: string;
            type: (components["schemas"]["WebhookEventType"] | (string & {}));
            /** Format: date-time */
            createdAt: string;
            deliveryStatus: (components["schemas"]["WebhookDeliveryStatus"] | (string & {}));
            /** @description Attempts so far, over all its endpoints, redeliveries included. */
            attemptCount: number;
            /**
             * Format: date-time
             * @description The earliest retry due, or null when none is (delivered or given up).
             */
            nextRetryAt: string | null;
            /** @description The event's `data`, as delivered (see the `webhooks` section for each type). */
            data: {
                [key: string]: unknown;
            };
        };
        WebhookEventList: {
            data: components["schemas"]["WebhookEvent"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @description One delivery attempt to an endpoint. Never the event's body. */
        WebhookDeliveryAttempt: {
            id: string;
            eventId: string;
            eventType: (components["schemas"]["WebhookEventType"] | (string & {}));
            /**
             * @description `automatic`: the first try or a scheduled retry; `redelivery`: `POST /webhook-events/{id}/redeliver`.
             * @enum {string}
             */
            trigger: ("automatic" | "redelivery" | (string & {}));
            /** Format: date-time */
            attemptedAt: string;
            /** @description The receiver's HTTP status, null when none came (network error, timeout). */
            statusCode: number | null;
            /** @description Why the attempt failed without a status (connection refused, no response within 10 s, redirect not followed), else null. */
            error: string | null;
            durationMs: number;
            succeeded: boolean;
            /**
             * Format: date-time
             * @description When the retry after this attempt is due; null when none follows.
             */
            nextRetryAt: string | null;
        };
        WebhookDeliveryAttemptList: {
            data: components["schemas"]["WebhookDeliveryAttempt"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @description A count, or null with `suppressed` true when it is under `minimumCount` (zero included). */
        StatCount: {
            count: number | null;
            suppressed: boolean;
        };
        PartnerStatsRow: {
            /** @description Calendar month in Shanghai time, `YYYY-MM`. */
            month: string;
            district: (components["schemas"]["DistrictCode"] | (string & {}));
            membersJoined: components["schemas"]["StatCount"];
            enrolments: components["schemas"]["StatCount"];
            helpGiven: components["schemas"]["StatCount"];
        };
        /** @description Aggregate impact among the partner's workers; no totals, no person. */
        PartnerStats: {
            /** Format: date-time */
            generatedAt: string;
            from: string;
            to: string;
            /** @constant */
            minimumCount: 10;
            /**
             * @description Help given counts only non-confidential help actually given (skill subsidies granted, micro-wishes fulfilled).
             * @constant
             */
            helpCounted: "non_confidential";
            data: components["schemas"]["PartnerStatsRow"][];
        };
        MemberStatusChangedEvent: {
            id: string;
            /** @constant */
            type: "member.status_changed";
            /** Format: date-time */
            createdAt: string;
            data: {
                workerRef: string;
                status: (components["schemas"]["MembershipStatus"] | (string & {}));
                /** Format: date */
                since: string;
            };
        };
        CoverageStatusChangedEvent: {
            id: string;
            /** @constant */
            type: "coverage.status_changed";
            /** Format: date-time */
            createdAt: string;
            data: {
                workerRef: string;
                enrolmentId: string;
                planId: string;
                status: (components["schemas"]["EnrolmentStatus"] | (string & {}));
                /** Format: date */
                coverageStart: string | null;
                /** Format: date */
                coverageEnd: string | null;
            };
        };
        CoveragePaymentRequiredEvent: {
            id: string;
            /** @constant */
            type: "coverage.payment_required";
            /** Format: date-time */
            createdAt: string;
            data: {
                workerRef: string;
                enrolmentId: string;
                planId: string;
                amountFen: number;
                /** Format: date */
                dueDate: string;
            };
        };
        /** @enum {string} */
        OrganisationKind: "municipal" | "district" | "industry" | "street" | "town" | "park" | "platform_enterprise" | "joint";
        UnionOrganisation: {
            id: string;
            name: string;
            nameEn?: string;
            kind: (components["schemas"]["OrganisationKind"] | (string & {}));
            parentId: string | null;
            district: (null | components["schemas"]["DistrictCode"] | (string & {}));
            /** @description True for grassroots unions a worker can join. */
            acceptsMembers: boolean;
            /** @description Platforms whose workers this union is meant for (platform-enterprise and joint unions). */
            platformIds?: string[];
            address?: string;
            phone?: string;
            /** @description True for the one union suggested to this session's worker in the requested district. */
            suggested: boolean;
        };
        UnionOrganisationList: {
            data: components["schemas"]["UnionOrganisation"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        SmsVerificationCreate: {
            mobile: string;
        };
        SmsVerification: {
            id: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description e.g. `138****0000`. */
            mobileMasked?: string;
        };
        SmsVerificationConfirm: {
            code: string;
        };
        UnionSession: {
            /** @description 只存于工会页面内存（至多工会源的 sessionStorage）。 Kept in the union page's memory only (sessionStorage on the union's origin at most). */
            token: string;
            /** Format: date-time */
            expiresAt: string;
        };
        SmsVerificationResult: {
            id: string;
            verified: boolean;
            attemptsRemaining?: number;
        };
        /** @enum {string} */
        MembershipApplicationStatus: "submitted" | "under_review" | "approved" | "rejected" | "needs_info" | "withdrawn";
        MembershipApplicationCreate: {
            fullName: string;
            /** @description 18-character resident ID (GB 11643) with a valid check digit; sensitive personal information. */
            residentIdNumber: string;
            mobile: string;
            /** @description A confirmed SMS verification of `mobile`; not needed when the session carries that mobile as `verifiedMobile`. */
            smsVerificationId?: string;
            occupation: components["schemas"]["Occupation"];
            workDistrict: components["schemas"]["DistrictCode"];
            organisationId: string;
            /** @constant */
            charterAccepted: true;
            /** @description Must include `membership_processing` and `sensitive_id_number`; may include `share_status_with_platform`. */
            consents: components["schemas"]["ConsentGrant"][];
        };
        MembershipApplication: {
            id: string;
            /** @description 受理编号，可电话报读（`id` 不便读出） A reference to read out on the phone (the `id` cannot be), `RH-` and 4 + 2 characters of an alphabet without 0, O, 1 or I. */
            reference: string;
            status: (components["schemas"]["MembershipApplicationStatus"] | (string & {}));
            occupation: (components["schemas"]["Occupation"] | (string & {}));
            workDistrict: (components["schemas"]["DistrictCode"] | (string & {}));
            organisationId: string;
            /**
             * Format: date
             * @description The union promises contact within 15 working days of submission.
             */
            contactDueDate: string;
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            updatedAt: string;
            decisionNote?: string | null;
            /** @description Shown back to the worker only, masked. */
            applicant: {
                fullName: string;
                /** @description e.g. `310104********123X`. */
                residentIdNumberMasked: string;
                mobileMasked: string;
                /** Format: date */
                birthDate: string;
                /** @enum {string} */
                sex: ("female" | "male" | (string & {}));
            };
        };
        MembershipApplicationList: {
            data: components["schemas"]["MembershipApplication"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @description The worker's membership; `{ "status": "none" }` and nothing else when the worker is not a member. */
        Membership: {
            /** @description `none` when the worker is not a member; otherwise the membership's status, with `memberNumber`, `organisationId` and `since`. */
            status: (components["schemas"]["MembershipStatus"] | "none" | (string & {}));
            memberNumber?: string;
            organisationId?: string;
            /** Format: date */
            since?: string;
        };
        SandboxDecision: {
            /** @enum {string} */
            decision: "approve" | "reject" | "needs_info";
            note?: string;
        };
        SandboxClaimDecision: {
            /** @enum {string} */
            decision: "approve" | "reject" | "needs_info" | "pay";
            /** @description With `approve` only; by default the benefit's maximum. */
            amountFen?: number;
            /** @description With `reject` or `needs_info`. */
            reason?: string;
        };
        SandboxClockAdvance: {
            days: number;
        };
        SandboxClock: {
            /** Format: date-time */
            now: string;
        };
        /** @enum {string} */
        BenefitKind: "accident" | "inpatient_day" | "critical_illness" | "death_disability";
        /** @enum {string} */
        PremiumPayer: "self" | "union_subsidy" | "platform";
        InsurancePlan: {
            id: string;
            code: string;
            name: string;
            nameEn?: string;
            description: string;
            benefits: {
                kind: (components["schemas"]["BenefitKind"] | (string & {}));
                /** @description The benefit's name in the response's language (`Content-Language`), e.g. 意外伤害 / Accidental injury. */
                label?: string;
                /** @description Maximum benefit in fen; for `inpatient_day` the amount per day. */
                maximumFen: number;
            }[];
            /** @description Yearly premium in fen. */
            premiumFen: number;
            /** @description What the worker pays after subsidy, in fen. */
            workerPaysFen: number;
            payer: (components["schemas"]["PremiumPayer"] | (string & {}));
            /** @description The calendar-year term an enrolment made now buys. From 1 December that is the next calendar year, so a premium never buys less than the term it names. */
            term: {
                /** Format: date */
                start: string;
                /** Format: date */
                end: string;
            };
            enrolmentWindow: {
                /** Format: date-time */
                opensAt: string;
                /** Format: date-time */
                closesAt: string;
            };
            eligibility: {
                membersOnly: boolean;
                /** @description The worker must be at least this old on the day cover starts. Absent when the plan has no lower age limit. */
                minAge?: number;
                /** @description The worker must be younger than this on the day cover starts. The birth date comes from the resident ID (membership record) or from `birthDate` given on enrolment; unknown → `birth_date_required`, out of range → `age_out_of_range`. */
                maxAgeExclusive: number;
                occupations: (components["schemas"]["Occupation"] | (string & {}))[];
                /** @description Proof of recent platform work, given by the platform's attestation at session minting. */
                requiresActivityAttestation: boolean;
                minActiveOrdersLast7Days?: number;
            };
        };
        InsurancePlanList: {
            data: components["schemas"]["InsurancePlan"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /**
         * @description Why a worker may not enrol. `birth_date_required`: the plan has age limits and the worker's birth date is unknown (not a member, no application) — ask for it and send it as `birthDate` on the enrolment; `age_out_of_range`: outside `minAge`–`maxAgeExclusive` on the day cover would start.
         * @enum {string}
         */
        EligibilityReason: "not_a_member" | "birth_date_required" | "age_out_of_range" | "occupation_not_covered" | "activity_not_attested" | "already_enrolled" | "enrolment_closed";
        Eligibility: {
            planId: string;
            /** @description True when `reasons` is empty. With only `birth_date_required`, an enrolment that gives `birthDate` in range succeeds. */
            eligible: boolean;
            reasons: (components["schemas"]["EligibilityReason"] | (string & {}))[];
            /** @description The plan's lower age limit (inclusive), if any, to show before the worker taps enrol. */
            minAge?: number;
            /** @description The plan's upper age limit (exclusive), if any. */
            maxAgeExclusive?: number;
            /**
             * Format: date
             * @description The first day of cover if the enrolment were confirmed today (tomorrow, or 1 January of the next year from 1 December); null when enrolment is closed.
             */
            coverageStart: string | null;
            /**
             * Format: date
             * @description The last day of that cover (31 December); null when enrolment is closed.
             */
            coverageEnd: string | null;
        };
        InsuranceEnrolmentCreate: {
            planId: string;
            /**
             * Format: date
             * @description The worker's date of birth, for a plan with age limits when the union does not know it yet (eligibility reason `birth_date_required`). Ignored when it equals the resident-ID birth date on record; a different one is refused (`validation_failed`).
             */
            birthDate?: string;
            consents?: components["schemas"]["ConsentGrant"][];
        };
        InsuranceEnrolment: {
            id: string;
            planId: string;
            status: (components["schemas"]["EnrolmentStatus"] | (string & {}));
            /** Format: date */
            coverageStart: string | null;
            /** Format: date */
            coverageEnd: string | null;
            workerPaysFen: number;
            /** @description What is due and by when, while `awaiting_payment` (kept once `lapsed`); `null` otherwise. */
            payment?: null | components["schemas"]["EnrolmentPayment"];
            /** @description The certificate of cover, once active. */
            certificate: null | {
                number: string;
                /** Format: date-time */
                issuedAt: string;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InsuranceEnrolmentList: {
            data: components["schemas"]["InsuranceEnrolment"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @description What an `awaiting_payment` enrolment asks the worker to pay, and by when: the due date is 14 days after the enrolment (Asia/Shanghai calendar days). Unpaid at the end of that day, the enrolment becomes `lapsed` and gives no cover. Kept on a `lapsed` enrolment; `null` on every other one. */
        EnrolmentPayment: {
            /** @description The worker's premium, in fen (`workerPaysFen`). */
            amountFen: number;
            /**
             * Format: date
             * @description The last day to pay.
             */
            dueDate: string;
        };
        InsurancePaymentCreate: {
            /** @description What the platform collected, in fen; must equal the enrolment's `payment.amountFen`. */
            amountFen: number;
            /** @description The platform's own reference of the payment (printable ASCII, no spaces), kept for reconciliation. */
            partnerPaymentRef: string;
        };
        /**
         * @description `partner`: the platform collected it and confirmed it (`POST /insurance-enrolments/{id}/payments`); `union_counter`: paid to the union directly.
         * @enum {string}
         */
        PaymentMethod: "partner" | "union_counter";
        InsurancePayment: {
            id: string;
            enrolmentId: string;
            amountFen: number;
            /** @enum {string} */
            status: "succeeded";
            method: (components["schemas"]["PaymentMethod"] | (string & {}));
            partnerPaymentRef: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /**
         * @description What is claimed, and the plan benefit it needs (`x-unionkit-plan-benefit`). Death claims are made by the family in person.
         * @enum {string}
         */
        ClaimBenefit: "accident_medical" | "inpatient" | "critical_illness" | "disability";
        /**
         * @description `submitted → under_review → more_info_needed → under_review → approved → paid | rejected`, or `withdrawn` before a decision (`x-unionkit-withdrawable-statuses`).
         * @enum {string}
         */
        ClaimStatus: "submitted" | "under_review" | "more_info_needed" | "approved" | "paid" | "rejected" | "withdrawn";
        ClaimTimelineEntry: {
            status: (components["schemas"]["ClaimStatus"] | (string & {}));
            /** Format: date-time */
            at: string;
            /** @description What the union said with this step (what more is needed, why it was rejected). */
            note?: string;
        };
        InsuranceClaimCreate: {
            enrolmentId: string;
            benefit: components["schemas"]["ClaimBenefit"];
            /**
             * Format: date
             * @description The day of the accident, admission or diagnosis; within the enrolment's cover, not in the future, at most two years ago.
             */
            incidentDate: string;
            /** @description 经过说明，最多 2,000 字（按人数的字计：一个表情符号算一个字） What happened, in the worker's words, at most 2,000 characters as a person counts them (an emoji is one); longer is `validation_failed` with `too_big` on `description`. `maxLength` only bounds the encoded length. */
            description: string;
            /** @description Days in hospital; required for `inpatient`, refused for the other benefits. */
            hospitalDays?: number;
            /** @description The worker's own files (`POST /files`, purpose `claim_evidence`). */
            evidenceFileIds: string[];
            /** @description Must include `claim_processing` and `sensitive_health_data` at the current notice version. */
            consents: components["schemas"]["ConsentGrant"][];
        };
        InsuranceClaim: {
            id: string;
            enrolmentId: string;
            planId: string;
            benefit: (components["schemas"]["ClaimBenefit"] | (string & {}));
            status: (components["schemas"]["ClaimStatus"] | (string & {}));
            /** Format: date */
            incidentDate: string;
            description: string;
            hospitalDays?: number;
            evidenceFileIds: string[];
            /**
             * Format: date
             * @description The union decides by this day — 30 days after the claim was filed, or after the documents that answered `more_info_needed`.
             */
            decisionDueDate: string;
            /** @description What the union approved, once `approved` or `paid`. */
            approvedAmountFen: number | null;
            /** @description Why it was rejected, or what more is needed (`more_info_needed`). */
            reason: string | null;
            /** @description Every status the claim went through, oldest first. */
            timeline: components["schemas"]["ClaimTimelineEntry"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        InsuranceClaimList: {
            data: components["schemas"]["InsuranceClaim"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        InsuranceClaimDocuments: {
            /** @description More of the worker's own `claim_evidence` files. */
            fileIds: string[];
        };
        /**
         * @description `affordable_housing` is 城市建设者管理者之家 (short stays) and 保障性租赁住房 (rental homes); only it carries `beds` and `monthlyRentFen`.
         * @enum {string}
         */
        ServicePointType: "rest_station" | "driver_home" | "canteen" | "community_dining" | "mediation_room" | "legal_aid" | "health_check" | "fitness" | "affordable_housing";
        /**
         * @description `truck_parking` takes lorries; `temporary_parking` is a few minutes' stop for a scooter, car or van at the door; `ev_charging` charges electric cars (e-bikes are `ebike_charging`); `reading_corner` is a shelf of books to read on the spot (职工书屋).
         * @enum {string}
         */
        Amenity: "air_conditioning" | "fridge" | "microwave" | "hot_water" | "phone_charging" | "ebike_charging" | "seating" | "toilet" | "wifi" | "first_aid" | "blood_pressure_monitor" | "shower" | "laundry" | "truck_parking" | "temporary_parking" | "ev_charging" | "reading_corner";
        /** @description Local time `HH:MM` (Asia/Shanghai); `24:00` closes at midnight. */
        TimeOfDay: string;
        TimeInterval: {
            opens: components["schemas"]["TimeOfDay"];
            closes: components["schemas"]["TimeOfDay"];
        };
        OpeningHours: {
            open24Hours: boolean;
            /** @description One entry per weekday that has hours; a weekday without an entry is closed. `day` 1 = Monday … 7 = Sunday. */
            weekly: {
                day: number;
                intervals: components["schemas"]["TimeInterval"][];
            }[];
            closures: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
                reason: string;
            }[];
        };
        MealOffer: {
            title: string;
            /** @description `0` for a free meal (爱心餐), which then carries `dailyQuota`. */
            priceFen: number;
            windows: components["schemas"]["TimeInterval"][];
            /** @description Only on a free 爱心餐 (`priceFen: 0`) that a platform or a caring business offers: how many are handed out each day, first come first served, while the windows last. Absent on a paid meal. */
            dailyQuota?: number;
        };
        /** @enum {string} */
        ServicePointStatus: "operating" | "temporarily_closed";
        ServicePoint: {
            id: string;
            type: (components["schemas"]["ServicePointType"] | (string & {}));
            name: string;
            address: string;
            district: (components["schemas"]["DistrictCode"] | (string & {}));
            location: components["schemas"]["GeoPoint"];
            openingHours: components["schemas"]["OpeningHours"];
            amenities: (components["schemas"]["Amenity"] | (string & {}))[];
            mealOffers: components["schemas"]["MealOffer"][];
            phone: string | null;
            status: (components["schemas"]["ServicePointStatus"] | (string & {}));
            /** @description Only on `affordable_housing`: beds (城市建设者管理者之家) or homes' beds (保障性租赁住房) the point has. */
            beds?: number;
            /** @description Only on `affordable_housing`: the rent of one bed a month, in fen. */
            monthlyRentFen?: number;
            /** @description Metres from `near`, only in a `near` search. */
            distanceM?: number;
            /** @description Open at `openAt` (or now when `openAt` is absent). */
            openNow?: boolean;
        };
        ServicePointList: {
            data: components["schemas"]["ServicePoint"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @enum {string} */
        EventCategory: "legal" | "culture" | "sport" | "health" | "matchmaking" | "family" | "skills";
        Venue: {
            name: string;
            address: string;
            district: (components["schemas"]["DistrictCode"] | (string & {}));
            location?: components["schemas"]["GeoPoint"];
        };
        Event: {
            id: string;
            category: (components["schemas"]["EventCategory"] | (string & {}));
            title: string;
            description: string;
            venue: components["schemas"]["Venue"];
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            capacity: number;
            placesLeft: number;
            waitlistCount: number;
            /** Format: date-time */
            registrationOpensAt: string;
            /** Format: date-time */
            registrationClosesAt: string;
            /** @description Only union members may register (a non-member gets 403 `members_only`); show it before the tap. */
            membersOnly: boolean;
            waitlistEnabled: boolean;
            /** @description The union organisation that runs the event. */
            organiserId?: string;
            /**
             * @description 亲子等家庭活动（`family`）最多可带的同行家属人数；其他活动没有此字段，也不接受家属。
             *     Family events only: how many companions (children, spouse, parents) a worker may bring. Other events lack the field and take no companions.
             */
            maxCompanions?: number;
            childAgeRange?: components["schemas"]["ChildAgeRange"];
        };
        /**
         * @description 家庭活动接受的儿童年龄（含两端），按活动年份减出生年份计算。
         *     The children's ages a family event takes, both ends included; a child's age is the event's year (Shanghai) minus the birth year.
         */
        ChildAgeRange: {
            min: number;
            max: number;
        };
        EventList: {
            data: components["schemas"]["Event"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        EventRegistrationCreate: {
            /**
             * @description 同行家属，仅家庭活动接受，最多 `maxCompanions` 人；不填姓名。儿童须在活动的 `childAgeRange` 内。
             *     Companions, family events only, up to the event's `maxCompanions`; no names. Children must be within the event's `childAgeRange`.
             */
            companions?: components["schemas"]["Companion"][];
        };
        /** @enum {string} */
        CompanionRelation: "child" | "spouse" | "parent";
        Companion: {
            relation: components["schemas"]["CompanionRelation"];
            /** @description 出生年份，不能晚于今年 The year of birth, not after this year. */
            birthYear: number;
        };
        /** @enum {string} */
        RegistrationStatus: "confirmed" | "waitlisted" | "cancelled";
        EventRegistration: {
            id: string;
            eventId: string;
            status: (components["schemas"]["RegistrationStatus"] | (string & {}));
            /** @description 候补中的第几组（一组为本人及其同行家属）Position of the party on the waitlist. */
            waitlistPosition: number | null;
            /** @description 同行家属（无姓名）Companions (no names); empty for a worker alone. */
            companions: {
                relation: (components["schemas"]["CompanionRelation"] | (string & {}));
                birthYear: number;
            }[];
            /** @description 本人加同行家属的人数，占用的名额数 The worker plus companions; the places the registration takes. */
            people: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        EventRegistrationList: {
            data: components["schemas"]["EventRegistration"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @enum {string} */
        EmploymentType: "full_time" | "part_time" | "gig";
        JobPosting: {
            id: string;
            title: string;
            employer: string;
            occupation: (components["schemas"]["Occupation"] | (string & {}));
            employmentType: (components["schemas"]["EmploymentType"] | (string & {}));
            district: (components["schemas"]["DistrictCode"] | (string & {}));
            /** @description Monthly salary, lower bound, in fen. */
            salaryMinFen: number;
            salaryMaxFen: number;
            description: string;
            requirements: string[];
            benefits: string[];
            /** Format: date-time */
            postedAt: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description `huipin_shanghai` for the union's job system 会聘上海.
             * @enum {string}
             */
            source: ("huipin_shanghai" | "union_partner" | (string & {}));
        };
        JobPostingList: {
            data: components["schemas"]["JobPosting"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        JobApplicationCreate: {
            /**
             * @description 给用人单位的留言，最多 500 字（按人数的字计：一个表情符号算一个字，即 Unicode 扩展字素簇）；超出时为 `validation_failed`，`message` 字段为 `too_big`。`maxLength` 只限制编码后的长度。
             *
             *     A message to the employer: at most 500 characters as a person counts them (an emoji is one:
             *     Unicode extended grapheme clusters); longer is `validation_failed` with `too_big` on `message`.
             *     `maxLength` only bounds the encoded length.
             */
            message?: string;
            /** @description Must include `job_application_sharing`. */
            consents: components["schemas"]["ConsentGrant"][];
        };
        /** @enum {string} */
        JobApplicationStatus: "submitted" | "viewed" | "interview" | "hired" | "rejected" | "withdrawn";
        JobApplication: {
            id: string;
            jobPostingId: string;
            status: (components["schemas"]["JobApplicationStatus"] | (string & {}));
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        JobApplicationList: {
            data: components["schemas"]["JobApplication"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @description A bookable 30-minute slot. The sandbox offers 3 places a slot, books up to 30 days ahead and lets a booking be cancelled until 120 minutes before it starts (the `x-unionkit-…` figures). */
        Slot: {
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** @description A place is left and the slot has not started. */
            available: boolean;
            placesLeft: number;
        };
        SlotList: {
            /** @description The day's slots, earliest first; empty on a weekend or closure day. */
            data: components["schemas"]["Slot"][];
        };
        AppointmentCreate: {
            servicePointId: string;
            /**
             * Format: date-time
             * @description A slot's `startsAt` as `GET /service-points/{id}/slots` gives it.
             */
            startsAt: string;
        };
        /** @enum {string} */
        AppointmentStatus: "booked" | "cancelled" | "attended" | "missed";
        Appointment: {
            id: string;
            servicePointId: string;
            status: (components["schemas"]["AppointmentStatus"] | (string & {}));
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * Format: date-time
             * @description Two hours before `startsAt`; after it the appointment cannot be cancelled.
             */
            cancellableUntil: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AppointmentList: {
            data: components["schemas"]["Appointment"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /**
         * @description 法律咨询、法律援助申请、劳动争议调解、维权投诉、建言献策、取证补贴、微心愿。`x-unionkit-confidential-types` never reach the platform's page (hosted mode); no help request reaches the platform in any form.
         * @enum {string}
         */
        HelpRequestType: "legal_consultation" | "legal_aid" | "mediation" | "complaint" | "suggestion" | "skill_subsidy" | "micro_wish";
        /** @enum {string} */
        HelpTopic: "wage_arrears" | "work_injury" | "account_deactivation" | "penalties_and_ratings" | "employment_status" | "social_insurance" | "traffic_accident" | "other";
        /** @enum {string} */
        HelpCounterparty: "platform" | "agency" | "customer" | "other";
        /** @enum {string} */
        ContactPreference: "phone_call" | "in_person";
        /**
         * @description 职业技能等级：五级/初级工 … 一级/高级技师。取证补贴按等级发放；下表为**沙箱数字**（分），不是上海市总工会公布的标准。
         *
         *     Vocational skill level, level_5 (初级工) to level_1 (高级技师). The subsidy by level in `x-unionkit-subsidy-fen` is a **sandbox figure** in fen (¥500 … ¥3,000), not the union's published table.
         * @enum {string}
         */
        CertificateLevel: "level_5" | "level_4" | "level_3" | "level_2" | "level_1";
        /** @enum {string} */
        MicroWishCategory: "daily_necessities" | "child_education" | "health" | "family_reunion" | "other";
        /**
         * @description `submitted → accepted → in_progress → more_info_needed → in_progress → resolved | declined`, or `withdrawn`; micro-wishes also `adopted → fulfilled`.
         * @enum {string}
         */
        HelpRequestStatus: "submitted" | "accepted" | "in_progress" | "more_info_needed" | "resolved" | "declined" | "withdrawn" | "adopted" | "fulfilled";
        CertificateInput: {
            /** @description 证书名称（职业/工种） The occupation the certificate names, e.g. 中式烹调师. */
            name: string;
            level: components["schemas"]["CertificateLevel"];
            /** @description 证书编号 Certificate number; letters and digits. */
            number: string;
            /**
             * Format: date
             * @description 发证日期 Issue date; not in the future, within the last 12 months.
             */
            issuedOn: string;
        };
        Certificate: {
            name: string;
            level: (components["schemas"]["CertificateLevel"] | (string & {}));
            number: string;
            /** Format: date */
            issuedOn: string;
        };
        /**
         * @description 一个对象，字段按 `type` 取舍（沙箱校验）：法律类与投诉 `topic`、`counterparty`、`description`、`contactPreference`（当面时 `appointmentId`）；建言 `topic`、`description`、`anonymous?`；取证补贴 `certificate` 与扫描件 `evidenceFileIds`；微心愿 `category`、`wish`、`valueFen`。不属于该类型的字段为 `validation_failed`（`invalid_value`）。
         *
         *     One object whose fields depend on `type` (the sandbox checks them): legal types and `complaint` take `topic`, `counterparty`, `description`, `contactPreference` (and `appointmentId` when `in_person`); `suggestion` takes `topic`, `description`, `anonymous?`; `skill_subsidy` takes `certificate` with its scan in `evidenceFileIds`; `micro_wish` takes `category`, `wish`, `valueFen`. A field that is not the type's is `validation_failed` (`invalid_value`).
         */
        HelpRequestCreate: {
            type: components["schemas"]["HelpRequestType"];
            topic?: components["schemas"]["HelpTopic"];
            counterparty?: components["schemas"]["HelpCounterparty"];
            /** @description 情况说明，最多 2,000 字（按人数的字计） What happened, at most 2,000 characters as a person counts them; `maxLength` only bounds the encoded length. */
            description?: string;
            contactPreference?: components["schemas"]["ContactPreference"];
            appointmentId?: string;
            /** @description Only a `suggestion` may be anonymous. */
            anonymous?: boolean;
            certificate?: components["schemas"]["CertificateInput"];
            category?: components["schemas"]["MicroWishCategory"];
            /** @description 心愿，最多 100 字 The wish, at most 100 characters as a person counts them. */
            wish?: string;
            /** @description 心愿价值（分），不超过 500 元 The wish's value in fen, at most ¥500. */
            valueFen?: number;
            /** @description Files the worker uploaded (`POST /files`, purpose `legal_evidence`, or `certificate` for a subsidy). */
            evidenceFileIds?: string[];
            /** @description Must include `help_request_processing`. */
            consents: components["schemas"]["ConsentGrant"][];
        } & (unknown & unknown & unknown & unknown);
        HelpRequestTimelineEntry: {
            status: (components["schemas"]["HelpRequestStatus"] | (string & {}));
            /** Format: date-time */
            at: string;
            note?: string;
        };
        HelpRequestMessage: {
            id: string;
            /**
             * @description `worker`, or `social_worker` (the union's 社工).
             * @enum {string}
             */
            from: ("worker" | "social_worker" | (string & {}));
            body: string;
            fileIds: string[];
            /** Format: date-time */
            createdAt: string;
        };
        HelpRequestMessageCreate: {
            /** @description At most 2,000 characters as a person counts them. */
            body: string;
            fileIds?: string[];
        };
        /** @description A help request; the type's fields as filed (see `HelpRequestCreate`), its status, timeline and messages. */
        HelpRequest: {
            id: string;
            type: (components["schemas"]["HelpRequestType"] | (string & {}));
            status: (components["schemas"]["HelpRequestStatus"] | (string & {}));
            /** @description 受理编号，可电话报读 A reference to read out on the phone, `QZ-` and 4 + 2 characters of an alphabet without 0, O, 1 or I. */
            reference: string;
            topic?: (components["schemas"]["HelpTopic"] | (string & {}));
            counterparty?: (components["schemas"]["HelpCounterparty"] | (string & {}));
            description?: string;
            contactPreference?: (components["schemas"]["ContactPreference"] | (string & {}));
            appointmentId?: string;
            anonymous: boolean;
            certificate?: components["schemas"]["Certificate"];
            /** @description The subsidy for the certificate's level (sandbox figures, `CertificateLevel`). */
            subsidyFen?: number;
            category?: (components["schemas"]["MicroWishCategory"] | (string & {}));
            wish?: string;
            valueFen?: number;
            evidenceFileIds: string[];
            timeline: components["schemas"]["HelpRequestTimelineEntry"][];
            messages: components["schemas"]["HelpRequestMessage"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        HelpRequestList: {
            data: components["schemas"]["HelpRequest"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        HelpRequestDecision: {
            /** @enum {string} */
            decision: "accept" | "start" | "needs_info" | "resolve" | "decline" | "adopt" | "fulfil";
            /** @description A message from the social worker (社工), added to `messages`. */
            message?: string;
        };
        Consent: {
            id: string;
            purpose: (components["schemas"]["ConsentPurpose"] | (string & {}));
            noticeVersion: string;
            /** Format: date-time */
            grantedAt: string;
            /** Format: date-time */
            withdrawnAt: string | null;
            /** @description The application or enrolment the consent was given with. */
            subjectId?: string;
        };
        ConsentList: {
            data: components["schemas"]["Consent"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /**
         * @description What a file is evidence of — `claim_evidence` (a claim), `legal_evidence` (a help request), `certificate` (a skill-subsidy certificate scan).
         * @enum {string}
         */
        FilePurpose: "claim_evidence" | "legal_evidence" | "certificate";
        /**
         * @description A file's type, read from its first bytes (never its name or declared type).
         * @enum {string}
         */
        FileContentType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf";
        /** @description The parts of `POST /files` (multipart/form-data). */
        FileUpload: {
            /** @description The file, at most 10 MiB; JPEG, PNG, WebP or PDF by content. The part's filename becomes `name`. */
            file: string;
            purpose: components["schemas"]["FilePurpose"];
        };
        UploadedFile: {
            id: string;
            purpose: (components["schemas"]["FilePurpose"] | (string & {}));
            contentType: (components["schemas"]["FileContentType"] | (string & {}));
            /** @description Bytes. */
            size: number;
            /** Format: date-time */
            createdAt: string;
            /** @description The filename the part was sent with, if any (shown to its owner only). */
            name?: string;
        };
        /**
         * @description What a notice is about — every consent purpose, and `union_charter`.
         * @enum {string}
         */
        NoticePurpose: "membership_processing" | "sensitive_id_number" | "share_status_with_platform" | "job_application_sharing" | "help_request_processing" | "claim_processing" | "sensitive_health_data" | "union_charter";
        PrivacyNotice: {
            purpose: (components["schemas"]["NoticePurpose"] | (string & {}));
            /** @description The notice's version; a consent names it as `noticeVersion`. */
            version: string;
            title: string;
            /** @description Plain text (never HTML); paragraphs separated by a blank line, list items starting with `- `. */
            body: string;
        };
    };
    responses: {
        /** @description 请求体不是合法的 JSON Malformed JSON. */
        BadRequest: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 缺少凭证、凭证无效或已过期 Missing, invalid or expired credential. */
        Unauthenticated: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 凭证无权调用此接口 The credential may not call this operation. */
        Forbidden: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 资源不存在或不属于本劳动者 Unknown, or belongs to someone else. */
        NotFound: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 与当前状态冲突 Conflicts with the current state. */
        Conflict: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 请求体不是 application/json The body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 请求体超过 1 MiB Request body over 1 MiB; the connection is then closed. */
        PayloadTooLarge: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 文件超过 10 MiB A file over 10 MiB; the connection may then be closed. */
        FileTooLarge: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 请求内容无法处理：字段校验失败或业务规则不满足 Validation or a domain rule failed. */
        UnprocessableContent: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 请求过多 Too many requests. */
        RateLimited: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 服务器内部错误，可重试（使用相同幂等键）Server error; retry with the same idempotency key. */
        ServerError: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description 处理超时，可重试 Timed out; safe to retry with the same idempotency key. */
        Timeout: {
            headers: {
                "Request-Id": components["headers"]["RequestId"];
                "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
         *
         *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
         * @example en
         */
        AcceptLanguage: string;
        /**
         * @description 每页条数 Items per page.
         * @example 20
         */
        PageLimit: number;
        /**
         * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
         * @example eyJvZmZzZXQiOjIwfQ
         */
        PageCursor: string;
        /**
         * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
         *
         *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
         * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
         */
        IdempotencyKeyHeader: components["schemas"]["IdempotencyKey"];
        /**
         * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
         *
         *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
         * @example slow:1500
         */
        SandboxScenarioHeader: components["schemas"]["SandboxScenario"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description 响应文字所用的语言 The language of the response's text, `zh-CN` or `en`.
         * @example zh-CN
         */
        ContentLanguage: "zh-CN" | "en";
        /**
         * @description 请求 id，与错误中的 `requestId` 相同，报障时请提供 Request id, the same as `requestId` in a problem; quote it when reporting an issue.
         * @example req_01JEA7Q4M2V8K3N5P7R9T1W3Y5
         */
        RequestId: string;
        /**
         * @description 当前窗口允许的请求数 Requests allowed in the current window.
         * @example 300
         */
        RateLimitLimit: number;
        /**
         * @description 当前窗口剩余请求数 Requests left in the current window.
         * @example 299
         */
        RateLimitRemaining: number;
        /**
         * @description 距窗口重置的秒数 Seconds until the window resets.
         * @example 42
         */
        RateLimitReset: number;
        /**
         * @description 建议重试前等待的秒数 Seconds to wait before retrying.
         * @example 1
         */
        RetryAfter: number;
        /**
         * @description 本响应为相同幂等键的首次响应的重放 This response replays the first response to the same `Idempotency-Key`; absent otherwise.
         * @example true
         */
        IdempotentReplayed: boolean;
    };
    pathItems: never;
};
export type ErrorCode = components['schemas']['ErrorCode'];
export type FieldError = components['schemas']['FieldError'];
export type Problem = components['schemas']['Problem'];
export type IdempotencyKey = components['schemas']['IdempotencyKey'];
export type SandboxScenario = components['schemas']['SandboxScenario'];
export type WebhookSignature = components['schemas']['WebhookSignature'];
export type HealthStatus = components['schemas']['HealthStatus'];
export type Cursor = components['schemas']['Cursor'];
export type DistrictCode = components['schemas']['DistrictCode'];
export type Occupation = components['schemas']['Occupation'];
export type Locale = components['schemas']['Locale'];
export type Component = components['schemas']['Component'];
export type ConsentPurpose = components['schemas']['ConsentPurpose'];
export type ConsentGrant = components['schemas']['ConsentGrant'];
export type GeoPoint = components['schemas']['GeoPoint'];
export type ActivityAttestation = components['schemas']['ActivityAttestation'];
export type WidgetSessionCreate = components['schemas']['WidgetSessionCreate'];
export type WidgetSession = components['schemas']['WidgetSession'];
export type WidgetSessionCurrent = components['schemas']['WidgetSessionCurrent'];
export type AllowedOrigins = components['schemas']['AllowedOrigins'];
export type AllowedOriginsUpdate = components['schemas']['AllowedOriginsUpdate'];
export type MembershipStatus = components['schemas']['MembershipStatus'];
export type EnrolmentStatus = components['schemas']['EnrolmentStatus'];
export type WorkerStatus = components['schemas']['WorkerStatus'];
export type CoverageSummary = components['schemas']['CoverageSummary'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
export type WebhookEndpointCreate = components['schemas']['WebhookEndpointCreate'];
export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookEndpointWithSecret = components['schemas']['WebhookEndpointWithSecret'];
export type WebhookEndpointList = components['schemas']['WebhookEndpointList'];
export type WebhookEndpointStatus = components['schemas']['WebhookEndpointStatus'];
export type WebhookDeliveryStatus = components['schemas']['WebhookDeliveryStatus'];
export type WebhookEvent = components['schemas']['WebhookEvent'];
export type WebhookEventList = components['schemas']['WebhookEventList'];
export type WebhookDeliveryAttempt = components['schemas']['WebhookDeliveryAttempt'];
export type WebhookDeliveryAttemptList = components['schemas']['WebhookDeliveryAttemptList'];
export type StatCount = components['schemas']['StatCount'];
export type PartnerStatsRow = components['schemas']['PartnerStatsRow'];
export type PartnerStats = components['schemas']['PartnerStats'];
export type MemberStatusChangedEvent = components['schemas']['MemberStatusChangedEvent'];
export type CoverageStatusChangedEvent = components['schemas']['CoverageStatusChangedEvent'];
export type CoveragePaymentRequiredEvent = components['schemas']['CoveragePaymentRequiredEvent'];
export type OrganisationKind = components['schemas']['OrganisationKind'];
export type UnionOrganisation = components['schemas']['UnionOrganisation'];
export type UnionOrganisationList = components['schemas']['UnionOrganisationList'];
export type SmsVerificationCreate = components['schemas']['SmsVerificationCreate'];
export type SmsVerification = components['schemas']['SmsVerification'];
export type SmsVerificationConfirm = components['schemas']['SmsVerificationConfirm'];
export type UnionSession = components['schemas']['UnionSession'];
export type SmsVerificationResult = components['schemas']['SmsVerificationResult'];
export type MembershipApplicationStatus = components['schemas']['MembershipApplicationStatus'];
export type MembershipApplicationCreate = components['schemas']['MembershipApplicationCreate'];
export type MembershipApplication = components['schemas']['MembershipApplication'];
export type MembershipApplicationList = components['schemas']['MembershipApplicationList'];
export type Membership = components['schemas']['Membership'];
export type SandboxDecision = components['schemas']['SandboxDecision'];
export type SandboxClaimDecision = components['schemas']['SandboxClaimDecision'];
export type SandboxClockAdvance = components['schemas']['SandboxClockAdvance'];
export type SandboxClock = components['schemas']['SandboxClock'];
export type BenefitKind = components['schemas']['BenefitKind'];
export type PremiumPayer = components['schemas']['PremiumPayer'];
export type InsurancePlan = components['schemas']['InsurancePlan'];
export type InsurancePlanList = components['schemas']['InsurancePlanList'];
export type EligibilityReason = components['schemas']['EligibilityReason'];
export type Eligibility = components['schemas']['Eligibility'];
export type InsuranceEnrolmentCreate = components['schemas']['InsuranceEnrolmentCreate'];
export type InsuranceEnrolment = components['schemas']['InsuranceEnrolment'];
export type InsuranceEnrolmentList = components['schemas']['InsuranceEnrolmentList'];
export type EnrolmentPayment = components['schemas']['EnrolmentPayment'];
export type InsurancePaymentCreate = components['schemas']['InsurancePaymentCreate'];
export type PaymentMethod = components['schemas']['PaymentMethod'];
export type InsurancePayment = components['schemas']['InsurancePayment'];
export type ClaimBenefit = components['schemas']['ClaimBenefit'];
export type ClaimStatus = components['schemas']['ClaimStatus'];
export type ClaimTimelineEntry = components['schemas']['ClaimTimelineEntry'];
export type InsuranceClaimCreate = components['schemas']['InsuranceClaimCreate'];
export type InsuranceClaim = components['schemas']['InsuranceClaim'];
export type InsuranceClaimList = components['schemas']['InsuranceClaimList'];
export type InsuranceClaimDocuments = components['schemas']['InsuranceClaimDocuments'];
export type ServicePointType = components['schemas']['ServicePointType'];
export type Amenity = components['schemas']['Amenity'];
export type TimeOfDay = components['schemas']['TimeOfDay'];
export type TimeInterval = components['schemas']['TimeInterval'];
export type OpeningHours = components['schemas']['OpeningHours'];
export type MealOffer = components['schemas']['MealOffer'];
export type ServicePointStatus = components['schemas']['ServicePointStatus'];
export type ServicePoint = components['schemas']['ServicePoint'];
export type ServicePointList = components['schemas']['ServicePointList'];
export type EventCategory = components['schemas']['EventCategory'];
export type Venue = components['schemas']['Venue'];
export type Event = components['schemas']['Event'];
export type ChildAgeRange = components['schemas']['ChildAgeRange'];
export type EventList = components['schemas']['EventList'];
export type EventRegistrationCreate = components['schemas']['EventRegistrationCreate'];
export type CompanionRelation = components['schemas']['CompanionRelation'];
export type Companion = components['schemas']['Companion'];
export type RegistrationStatus = components['schemas']['RegistrationStatus'];
export type EventRegistration = components['schemas']['EventRegistration'];
export type EventRegistrationList = components['schemas']['EventRegistrationList'];
export type EmploymentType = components['schemas']['EmploymentType'];
export type JobPosting = components['schemas']['JobPosting'];
export type JobPostingList = components['schemas']['JobPostingList'];
export type JobApplicationCreate = components['schemas']['JobApplicationCreate'];
export type JobApplicationStatus = components['schemas']['JobApplicationStatus'];
export type JobApplication = components['schemas']['JobApplication'];
export type JobApplicationList = components['schemas']['JobApplicationList'];
export type Slot = components['schemas']['Slot'];
export type SlotList = components['schemas']['SlotList'];
export type AppointmentCreate = components['schemas']['AppointmentCreate'];
export type AppointmentStatus = components['schemas']['AppointmentStatus'];
export type Appointment = components['schemas']['Appointment'];
export type AppointmentList = components['schemas']['AppointmentList'];
export type HelpRequestType = components['schemas']['HelpRequestType'];
export type HelpTopic = components['schemas']['HelpTopic'];
export type HelpCounterparty = components['schemas']['HelpCounterparty'];
export type ContactPreference = components['schemas']['ContactPreference'];
export type CertificateLevel = components['schemas']['CertificateLevel'];
export type MicroWishCategory = components['schemas']['MicroWishCategory'];
export type HelpRequestStatus = components['schemas']['HelpRequestStatus'];
export type CertificateInput = components['schemas']['CertificateInput'];
export type Certificate = components['schemas']['Certificate'];
export type HelpRequestCreate = components['schemas']['HelpRequestCreate'];
export type HelpRequestTimelineEntry = components['schemas']['HelpRequestTimelineEntry'];
export type HelpRequestMessage = components['schemas']['HelpRequestMessage'];
export type HelpRequestMessageCreate = components['schemas']['HelpRequestMessageCreate'];
export type HelpRequest = components['schemas']['HelpRequest'];
export type HelpRequestList = components['schemas']['HelpRequestList'];
export type HelpRequestDecision = components['schemas']['HelpRequestDecision'];
export type Consent = components['schemas']['Consent'];
export type ConsentList = components['schemas']['ConsentList'];
export type FilePurpose = components['schemas']['FilePurpose'];
export type FileContentType = components['schemas']['FileContentType'];
export type FileUpload = components['schemas']['FileUpload'];
export type UploadedFile = components['schemas']['UploadedFile'];
export type NoticePurpose = components['schemas']['NoticePurpose'];
export type PrivacyNotice = components['schemas']['PrivacyNotice'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthenticated = components['responses']['Unauthenticated'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseFileTooLarge = components['responses']['FileTooLarge'];
export type ResponseUnprocessableContent = components['responses']['UnprocessableContent'];
export type ResponseRateLimited = components['responses']['RateLimited'];
export type ResponseServerError = components['responses']['ServerError'];
export type ResponseTimeout = components['responses']['Timeout'];
export type ParameterAcceptLanguage = components['parameters']['AcceptLanguage'];
export type ParameterPageLimit = components['parameters']['PageLimit'];
export type ParameterPageCursor = components['parameters']['PageCursor'];
export type ParameterIdempotencyKeyHeader = components['parameters']['IdempotencyKeyHeader'];
export type ParameterSandboxScenarioHeader = components['parameters']['SandboxScenarioHeader'];
export type HeaderContentLanguage = components['headers']['ContentLanguage'];
export type HeaderRequestId = components['headers']['RequestId'];
export type HeaderRateLimitLimit = components['headers']['RateLimitLimit'];
export type HeaderRateLimitRemaining = components['headers']['RateLimitRemaining'];
export type HeaderRateLimitReset = components['headers']['RateLimitReset'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type HeaderIdempotentReplayed = components['headers']['IdempotentReplayed'];
export type $defs = Record<string, never>;
export interface operations {
    createWidgetSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetSessionCreate"];
            };
        };
        responses: {
            /** @description 已创建 Created */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getCurrentWidgetSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 当前会话 The current session */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetSessionCurrent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getWorkerStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 合作方自己的劳动者标识 The partner's own reference for the worker.
                 * @example rider-20931
                 */
                workerRef: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 劳动者状态 Worker status */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerStatus"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /** @description 路径不是任何接口，例如 `workerRef` 含编码的 `/`（未知的 `workerRef` 回答 200 `shared: false`）A path that names no operation, such as a `workerRef` with an encoded `/` (an unknown `workerRef` is 200 `shared: false`). */
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 地址列表 Endpoints */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description 已创建 Created */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description Webhook 地址 id Webhook endpoint id
                 * @example whe_01JEA8B2C4D6F8H0J2K4M6N8P0
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已删除 Deleted */
            204: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description Webhook 地址 id Webhook endpoint id
                 * @example whe_01JEA8B2C4D6F8H0J2K4M6N8P0
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 投递记录 Delivery attempts */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryAttemptList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listWebhookEvents: {
        parameters: {
            query?: {
                /** @description 事件类型 Event type */
                type?: components["schemas"]["WebhookEventType"];
                /** @description 投递状态 Delivery status */
                deliveryStatus?: components["schemas"]["WebhookDeliveryStatus"];
                /**
                 * @description 仅此时间之后创建的事件 Only events created after this time
                 * @example 2026-12-01T00:00:00+08:00
                 */
                createdAfter?: string;
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 事件列表 Events */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getWebhookEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 事件 id Event id
                 * @example whevt_01JEC1A3C5E7G9J1L3N5Q7S9U1
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 事件 Event */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    redeliverWebhookEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 事件 id Event id
                 * @example whevt_01JEC1A3C5E7G9J1L3N5Q7S9U1
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已重新投递 Redelivered */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEvent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getPartnerStats: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计 Report */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerStats"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getAllowedOrigins: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 登记的来源 Registered origins */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedOrigins"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    setAllowedOrigins: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllowedOriginsUpdate"];
            };
        };
        responses: {
            /** @description 已登记 Registered */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedOrigins"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listUnionOrganisations: {
        parameters: {
            query?: {
                /**
                 * @description 所在区 District (GB/T 2260).
                 * @example 310104
                 */
                district?: components["schemas"]["DistrictCode"];
                /**
                 * @description 组织类型 Kind of organisation.
                 * @example joint
                 */
                kind?: components["schemas"]["OrganisationKind"];
                /**
                 * @description 上级组织 id Parent organisation id.
                 * @example org_310104
                 */
                parentId?: string;
                /**
                 * @description 只列出可接收会员的基层工会 Only grassroots unions that accept members.
                 * @example true
                 */
                acceptsMembers?: boolean;
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 工会组织列表 Organisations */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionOrganisationList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createSmsVerification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsVerificationCreate"];
            };
        };
        responses: {
            /** @description 已发送 Sent */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    confirmSmsVerification: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 短信验证 id SMS verification id
                 * @example smsv_01JEA9C3E5G7J9L1N3Q5S7U9W1
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsVerificationConfirm"];
            };
        };
        responses: {
            /** @description 校验结果 Result */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsVerificationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listMembershipApplications: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 入会申请列表 Applications */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipApplicationList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createMembershipApplication: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipApplicationCreate"];
            };
        };
        responses: {
            /** @description 已提交 Submitted */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getMembershipApplication: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 入会申请 id Membership application id
                 * @example mapp_01JEAA4D6F8H0K2M4P6R8T0V2X
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 入会申请 Application */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    withdrawMembershipApplication: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 入会申请 id Membership application id
                 * @example mapp_01JEAA4D6F8H0K2M4P6R8T0V2X
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已撤回 Withdrawn */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getMembership: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 会员身份 Membership */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listInsurancePlans: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 保障计划列表 Plans */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsurancePlanList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getInsurancePlanEligibility: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 保障计划 id Plan id
                 * @example plan_2026_gig_mutual_aid
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 参保资格 Eligibility */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Eligibility"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listInsuranceEnrolments: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 参保记录 Enrolments */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceEnrolmentList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createInsuranceEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsuranceEnrolmentCreate"];
            };
        };
        responses: {
            /** @description 已参保 Enrolled */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceEnrolment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getInsuranceEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 参保记录 id Enrolment id
                 * @example enr_01JEB2F6H8K0M2P4R6T8V0X2Z4
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 参保记录 Enrolment */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceEnrolment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    cancelInsuranceEnrolment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 参保记录 id Enrolment id
                 * @example enr_01JEB2F6H8K0M2P4R6T8V0X2Z4
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已取消 Cancelled */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceEnrolment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createInsurancePayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 参保记录 id Enrolment id
                 * @example enr_01JEB3G7J9L1N3Q5S7U9W1Y3A5
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsurancePaymentCreate"];
            };
        };
        responses: {
            /** @description 已付款，参保生效 Paid; the enrolment is active */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsurancePayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listInsuranceClaims: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 互助金申请 Claims */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceClaimList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createInsuranceClaim: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsuranceClaimCreate"];
            };
        };
        responses: {
            /** @description 已提交 Submitted */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceClaim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getInsuranceClaim: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 互助金申请 id Claim id
                 * @example clm_01JED4H8K0M2P4R6T8V0X2Z4B6
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 互助金申请 Claim */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceClaim"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    addInsuranceClaimDocuments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 互助金申请 id Claim id
                 * @example clm_01JED4H8K0M2P4R6T8V0X2Z4B6
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InsuranceClaimDocuments"];
            };
        };
        responses: {
            /** @description 已补充，重新审核 Added; back under review */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceClaim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    withdrawInsuranceClaim: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 互助金申请 id Claim id
                 * @example clm_01JED4H8K0M2P4R6T8V0X2Z4B6
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已撤回 Withdrawn */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceClaim"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listServicePoints: {
        parameters: {
            query?: {
                /**
                 * @description 以此 WGS-84 坐标（`纬度,经度`）为中心搜索 Search around this WGS-84 point, `lat,lng`.
                 * @example 31.1880,121.4370
                 */
                near?: string;
                /**
                 * @description 搜索半径（米），与 `near` 同用 Radius in metres, with `near`.
                 * @example 1000
                 */
                radiusM?: number;
                /**
                 * @description 阵地类型，逗号分隔 Types, comma-separated.
                 * @example [
                 *       "rest_station",
                 *       "community_dining"
                 *     ]
                 */
                types?: components["schemas"]["ServicePointType"][];
                /**
                 * @description 须全部具备的设施，逗号分隔 Amenities a point must all have, comma-separated.
                 * @example [
                 *       "microwave",
                 *       "ebike_charging"
                 *     ]
                 */
                amenities?: components["schemas"]["Amenity"][];
                /**
                 * @description 所在区 District (GB/T 2260).
                 * @example 310104
                 */
                district?: components["schemas"]["DistrictCode"];
                /**
                 * @description 只列出此时开放的阵地 Only points open at this time.
                 * @example 2026-12-05T14:00:00+08:00
                 */
                openAt?: string;
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 服务阵地列表 Service points */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getServicePoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 服务阵地 id Service point id
                 * @example sp_310104_caoxibei_398
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 服务阵地 Service point */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePoint"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listServicePointSlots: {
        parameters: {
            query: {
                /**
                 * @description 上海当地日期 Shanghai local date (YYYY-MM-DD)
                 * @example 2026-12-03
                 */
                date: string;
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 服务阵地 id Service point id
                 * @example sp_310104_legal_aid_1
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 当日时段 The day's slots */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description 时段无法提供 No slots here */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description 活动类别 Category.
                 * @example legal
                 */
                category?: components["schemas"]["EventCategory"];
                /**
                 * @description 开始时间不早于 Starting at or after.
                 * @example 2026-12-01T00:00:00+08:00
                 */
                from?: string;
                /**
                 * @description 开始时间早于 Starting before.
                 * @example 2026-12-31T23:59:59+08:00
                 */
                to?: string;
                /**
                 * @description 活动地点所在区 District of the venue.
                 * @example 310104
                 */
                district?: components["schemas"]["DistrictCode"];
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 活动列表 Events */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 活动 id Event id
                 * @example evt_2026_1205_legal
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 活动 Event */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getEventCalendar: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 活动 id Event id
                 * @example evt_2026_1205_legal
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar 文件 iCalendar file */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createEventRegistration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 活动 id Event id
                 * @example evt_2026_1205_legal
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description 空对象（或不带请求体）；家庭活动可带同行家属 An empty object, or no body; a family event takes companions. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EventRegistrationCreate"];
            };
        };
        responses: {
            /** @description 已报名 Registered */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistration"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listEventRegistrations: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 报名列表 Registrations */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    cancelEventRegistration: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 报名 id Registration id
                 * @example reg_01JEB5J9L1N3Q5S7U9W1Y3A5C7
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已取消 Cancelled */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistration"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listJobPostings: {
        parameters: {
            query?: {
                /**
                 * @description 关键词，匹配岗位名称、单位和描述 Keywords in title, employer and description.
                 * @example 配送
                 */
                q?: string;
                /**
                 * @description 职业 Occupation.
                 * @example courier
                 */
                occupation?: components["schemas"]["Occupation"];
                /**
                 * @description 用工形式 Employment type.
                 * @example full_time
                 */
                employmentType?: components["schemas"]["EmploymentType"];
                /**
                 * @description 工作地点所在区 District.
                 * @example 310115
                 */
                district?: components["schemas"]["DistrictCode"];
                /**
                 * @description 月薪上限不低于（分）Monthly salary at least this, in fen.
                 * @example 800000
                 */
                salaryMin?: number;
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 岗位列表 Job postings */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPostingList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getJobPosting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 岗位 id Job posting id
                 * @example job_hp_2026_118842
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 岗位 Job posting */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPosting"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createJobApplication: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 岗位 id Job posting id
                 * @example job_hp_2026_118842
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobApplicationCreate"];
            };
        };
        responses: {
            /** @description 已投递 Submitted */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listJobApplications: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 求职申请列表 Job applications */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobApplicationList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    withdrawJobApplication: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 求职申请 id Job application id
                 * @example japp_01JEB7M2P4R6T8V0X2Z4B6D8F0
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已撤回 Withdrawn */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobApplication"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listConsents: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 同意记录 Consents */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    withdrawConsent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 同意记录 id Consent id
                 * @example cns_01JEAA5E7G9J1L3N5Q7S9U1W3Z
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已撤回 Withdrawn */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getPrivacyNotice: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 服务端文字（计划名称与说明、保障项目、活动、岗位、服务阵地、组织名称、告知）使用的语言：`zh-CN` 或 `en`（`zh`、`zh-Hans`、`en-US` 等按语种匹配，可带 q 值）。规则只有一条：请求的语言 → 会话的 `locale` → `zh-CN`。响应的 `Content-Language` 说明所用语言。
                 *
                 *     The language of server text (plan names and descriptions, benefit labels, events, job postings, service points, organisation names, notices): `zh-CN` or `en` (`zh`, `zh-Hans`, `en-US`… match by language, q-values honoured). One fallback rule: the requested language → the session's `locale` → `zh-CN`. `Content-Language` on the response says which was used; text is never half translated.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 同意目的，或 `union_charter`（《中国工会章程》摘要）A consent purpose, or `union_charter` for the summary of the Constitution of the Chinese Trade Unions.
                 * @example sensitive_id_number
                 */
                purpose: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 告知全文 The notice */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "Content-Language": components["headers"]["ContentLanguage"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivacyNotice"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description 已上传 Uploaded */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["FileTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 文件 id File id
                 * @example file_01JEAB7G9J1L3N5Q7S9U1W3Y5A
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件信息 The file's metadata */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedFile"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 预约列表 Appointments */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createAppointment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description 阵地与时段 The point and the slot. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentCreate"];
            };
        };
        responses: {
            /** @description 已预约 Booked */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description 时段不可用 Slot not available */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 预约 id Appointment id
                 * @example appt_9c2e4a6b8d0f1a3c
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已取消 Cancelled */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description 不能取消 Cannot cancel */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createUnionSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsVerificationCreate"];
            };
        };
        responses: {
            /** @description 验证码已发送 Code sent */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    confirmUnionSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 工会会话验证 id Union-session verification id
                 * @example usv_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsVerificationConfirm"];
            };
        };
        responses: {
            /** @description 工会会话 The union session */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnionSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    listHelpRequests: {
        parameters: {
            query?: {
                /**
                 * @description 每页条数 Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["PageLimit"];
                /**
                 * @description 上一页返回的 `nextCursor`，不透明 The `nextCursor` of the previous page; opaque.
                 * @example eyJvZmZzZXQiOjIwfQ
                 */
                cursor?: components["parameters"]["PageCursor"];
            };
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 求助列表 Help requests */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequestList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createHelpRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description 求助类型及其字段 The type and its fields. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpRequestCreate"];
            };
        };
        responses: {
            /** @description 已提交 Filed */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description 与已有申请冲突 Conflicts with an earlier request */
            409: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description 请求内容有误 Unprocessable */
            422: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    getHelpRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 求助 id Help request id
                 * @example help_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 求助 The help request */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    createHelpRequestMessage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 求助 id Help request id
                 * @example help_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description 留言 The message. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpRequestMessageCreate"];
            };
        };
        responses: {
            /** @description 已发送 Sent */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    withdrawHelpRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 求助 id Help request id
                 * @example help_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已撤回 Withdrawn */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequest"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    decideMembershipApplication: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 入会申请 id Membership application id
                 * @example mapp_01JEAA4D6F8H0K2M4P6R8T0V2X
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxDecision"];
            };
        };
        responses: {
            /** @description 审批后的申请 The decided application */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    decideHelpRequest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 求助 id Help request id
                 * @example help_3f9a0c1e2b4d5a6b
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description 社工的处理 The social worker's move. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["HelpRequestDecision"];
            };
        };
        responses: {
            /** @description 处理后的求助 The help request after the move */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HelpRequest"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    decideInsuranceClaim: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 互助金申请 id Claim id
                 * @example clm_01JED4H8K0M2P4R6T8V0X2Z4B6
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxClaimDecision"];
            };
        };
        responses: {
            /** @description 决定后的申请 The decided claim */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsuranceClaim"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    payInsuranceEnrolmentAtCounter: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path: {
                /**
                 * @description 参保记录 id Enrolment id
                 * @example enr_01JEB3G7J9L1N3Q5S7U9W1Y3A5
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已付款，参保生效 Paid; the enrolment is active */
            201: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsurancePayment"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    advanceSandboxClock: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SandboxClockAdvance"];
            };
        };
        responses: {
            /** @description 新的当前时间 The new time */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SandboxClock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    resetSandbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description 幂等键：每个 POST（创建与操作，如取消、撤回、确认、审批、重置）和 DELETE 都接受。同一键与同一请求在 24 小时内重放首次响应（`Idempotent-Replayed: true`）；同一键配不同请求为 409 `idempotency_key_reused`，首次请求仍在处理为 409 `request_in_progress`。5xx 不保存；在鉴权、限流或校验阶段被拒绝的请求也不保存，修正后可用同一键重试。
                 *
                 *     Every POST (creates and actions such as cancel, withdraw, confirm, decide, reset) and DELETE takes one. Same key and same request within 24 hours replays the first response, so a retried action after a lost response answers as the first did; the same key with another request is 409 `idempotency_key_reused`. Keys are scoped to the credential's subject. A 5xx is not stored, so a retry runs again; nor is a request refused by authentication, rate limits or validation.
                 * @example 4f1c2a9e-7b1d-4c8e-9a53-2d0f6b7e8c11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKeyHeader"];
                /**
                 * @description 仅沙箱：演练故障。在鉴权之后、业务处理之前生效，不改变任何数据。`rate_limited` → 429（`Retry-After: 1`）；`server_error` → 500；`timeout` → 挂起 30 秒后 504；`slow:<ms>` → 等待 0–30000 毫秒后正常处理；其他值 → 422 `validation_failed`。
                 *
                 *     Sandbox only: rehearse failures. Applied after authentication and before the operation runs, so nothing changes.
                 * @example slow:1500
                 */
                "UnionKit-Sandbox-Scenario"?: components["parameters"]["SandboxScenarioHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已重置 Reset */
            204: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            504: components["responses"]["Timeout"];
        };
    };
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 运行中 Running */
            200: {
                headers: {
                    "Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
    memberStatusChanged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description 签名 Signature: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`，密钥为该 Webhook 地址的 `whsec_…`。接收方须用原始请求体计算签名，以常量时间比较，并拒绝与当前时间相差超过 300 秒的 `t`；`@unionkit/sdk/server` 都已做好。
                 *
                 *     Compute the HMAC over the raw body with the endpoint's `whsec_…` secret, compare in constant time, and reject a `t` more than 300 seconds from now.
                 * @example t=1796714401,v1=5f2b8c0e9a1d4f7b3c6e8a0d2f4b6c8e0a2c4e6f8b0d2f4a6c8e0b2d4f6a8c0e
                 */
                "UnionKit-Signature": components["schemas"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberStatusChangedEvent"];
            };
        };
        responses: {
            /** @description 签名无效或时间戳超出容差，接收方拒收 Signature invalid or timestamp outside the tolerance: the receiver rejects it. 任何非 2xx 都视为投递失败，按退避重试至事件发生后 72 小时（见 `GET /webhook-events`） Any non-2xx is a failed delivery, retried with backoff until 72 hours after the event (see `GET /webhook-events`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 已收到 Received. 任何 2xx 都视为投递成功 Any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    coverageStatusChanged: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description 签名 Signature: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`，密钥为该 Webhook 地址的 `whsec_…`。接收方须用原始请求体计算签名，以常量时间比较，并拒绝与当前时间相差超过 300 秒的 `t`；`@unionkit/sdk/server` 都已做好。
                 *
                 *     Compute the HMAC over the raw body with the endpoint's `whsec_…` secret, compare in constant time, and reject a `t` more than 300 seconds from now.
                 * @example t=1796714401,v1=5f2b8c0e9a1d4f7b3c6e8a0d2f4b6c8e0a2c4e6f8b0d2f4a6c8e0b2d4f6a8c0e
                 */
                "UnionKit-Signature": components["schemas"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoverageStatusChangedEvent"];
            };
        };
        responses: {
            /** @description 签名无效或时间戳超出容差，接收方拒收 Signature invalid or timestamp outside the tolerance: the receiver rejects it. 任何非 2xx 都视为投递失败，按退避重试至事件发生后 72 小时（见 `GET /webhook-events`） Any non-2xx is a failed delivery, retried with backoff until 72 hours after the event (see `GET /webhook-events`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 已收到 Received. 任何 2xx 都视为投递成功 Any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    coveragePaymentRequired: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description 签名 Signature: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`，密钥为该 Webhook 地址的 `whsec_…`。接收方须用原始请求体计算签名，以常量时间比较，并拒绝与当前时间相差超过 300 秒的 `t`；`@unionkit/sdk/server` 都已做好。
                 *
                 *     Compute the HMAC over the raw body with the endpoint's `whsec_…` secret, compare in constant time, and reject a `t` more than 300 seconds from now.
                 * @example t=1796714401,v1=5f2b8c0e9a1d4f7b3c6e8a0d2f4b6c8e0a2c4e6f8b0d2f4a6c8e0b2d4f6a8c0e
                 */
                "UnionKit-Signature": components["schemas"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoveragePaymentRequiredEvent"];
            };
        };
        responses: {
            /** @description 签名无效或时间戳超出容差，接收方拒收 Signature invalid or timestamp outside the tolerance: the receiver rejects it. 任何非 2xx 都视为投递失败，按退避重试至事件发生后 72 小时（见 `GET /webhook-events`） Any non-2xx is a failed delivery, retried with backoff until 72 hours after the event (see `GET /webhook-events`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 已收到 Received. 任何 2xx 都视为投递成功 Any 2xx within 10 s counts as delivered. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
