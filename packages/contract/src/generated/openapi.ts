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
         * @description 符合条件的在册会员一键参保。个人零缴费的计划立即确认并出具保障凭证，保障自确认次日起至 12 月 31 日止（生效前不得称“保障已生效”，应告知“保障自某日起生效”）；12 月 1 日起参保的，保障期为下一自然年度（1 月 1 日至 12 月 31 日）。需个人缴费的计划为 `awaiting_payment`。有年龄限制的计划须知道出生日期：取自会员档案（身份证号），否则请劳动者填写并以 `birthDate` 提交；未知为 422 `birth_date_required`，超出范围为 422 `age_out_of_range`。其他不符合条件的情况返回 422 `not_eligible`，均附 `reasons`。
         *
         *     One-click enrolment for an eligible active member. A plan the worker pays nothing for is confirmed at once with a certificate; cover starts the day after confirmation and ends on 31 December (say "cover starts on D", never "in force" before D). From 1 December enrolments are for the next calendar year (1 January – 31 December). A plan the worker pays for is `awaiting_payment`. A plan with age limits needs the birth date: from the membership record (resident ID) or `birthDate` given here; unknown → 422 `birth_date_required`, out of range → 422 `age_out_of_range`. Any other refusal → 422 `not_eligible`; each carries `reasons`.
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
    "/service-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查找服务阵地 Find service points
         * @description 户外职工爱心接力站、司机之家、职工食堂、社区食堂、调解室、法律援助点、体检点、健身点。带 `near` 时按距离由近到远排序并返回 `distanceM`；否则按区。位置只用于本次查询，不保存。
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
         *     `confirmed` while places are left, else `waitlisted` when the event has a waitlist, else 409 `event_full`. Outside the registration window 422 `registration_closed`. A non-member registering for a members-only event (`membersOnly: true`) gets 403 `members_only`: widgets show "members only" before the tap and lead to the join flow.
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
         * @description 取消已确认的报名后，候补第一位自动转为确认。已取消的报名再取消为 409 `invalid_state`。
         *
         *     Cancelling a confirmed registration promotes the first waitlisted one.
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
};
export type components = {
    schemas: {
        /**
         * @description Stable machine code of a problem. New codes may be added; existing ones never change meaning.
         * @enum {string}
         */
        ErrorCode: "invalid_json" | "unsupported_media_type" | "validation_failed" | "unauthenticated" | "token_expired" | "secret_key_in_browser" | "origin_not_allowed" | "forbidden_scope" | "not_found" | "method_not_allowed" | "payload_too_large" | "idempotency_key_reused" | "request_in_progress" | "rate_limited" | "server_error" | "timeout" | "sms_code_invalid" | "sms_verification_expired" | "sms_attempts_exceeded" | "mobile_not_verified" | "consent_required" | "notice_version_outdated" | "already_member" | "application_already_open" | "not_a_member" | "invalid_state" | "not_eligible" | "already_enrolled" | "already_registered" | "event_full" | "registration_closed" | "members_only" | "already_applied" | "job_posting_expired" | "consent_already_withdrawn" | "birth_date_required" | "age_out_of_range";
        FieldError: {
            /** @description JSON Pointer-like dotted path of the field, e.g. `residentIdNumber` or `consents.0.purpose`. */
            path: string;
            /** @enum {string} */
            code: "required" | "invalid_type" | "invalid_format" | "invalid_checksum" | "invalid_value" | "too_small" | "too_big" | "unknown_field";
            message: string;
        };
        /** @description RFC 9457 problem details. */
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail?: string;
            code: components["schemas"]["ErrorCode"];
            requestId: string;
            /** @description Every field problem, for `validation_failed` and some domain codes. */
            errors?: components["schemas"]["FieldError"][];
            /** @description Why the worker may not enrol; with `not_eligible`, `birth_date_required` and `age_out_of_range`. */
            reasons?: components["schemas"]["EligibilityReason"][];
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
        Component: "membership" | "insurance" | "service_map" | "events" | "jobs";
        /** @enum {string} */
        ConsentPurpose: "membership_processing" | "sensitive_id_number" | "share_status_with_platform" | "job_application_sharing";
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
            components: components["schemas"]["Component"][];
            locale?: components["schemas"]["Locale"];
        };
        /** @enum {string} */
        MembershipStatus: "active" | "transfer_pending" | "lapsed" | "left";
        /** @enum {string} */
        EnrolmentStatus: "pending_review" | "awaiting_payment" | "active" | "expired" | "rejected" | "cancelled";
        /** @description What the platform may learn, only when the worker consented to `share_status_with_platform`. Without that consent `shared` is false and nothing else is told. */
        WorkerStatus: {
            workerRef: string;
            shared: boolean;
            membership: null | {
                status: components["schemas"]["MembershipStatus"];
                /** Format: date */
                since: string;
            };
            coverage: components["schemas"]["CoverageSummary"][];
        };
        CoverageSummary: {
            planId: string;
            status: components["schemas"]["EnrolmentStatus"];
            /** Format: date */
            coverageEnd: string | null;
        };
        /** @enum {string} */
        WebhookEventType: "member.status_changed" | "coverage.status_changed";
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
            events: components["schemas"]["WebhookEventType"][];
            /** Format: date-time */
            createdAt: string;
        };
        WebhookEndpointWithSecret: components["schemas"]["WebhookEndpoint"] & {
            /** @description Signing secret `whsec_…`, shown only at creation. */
            secret: string;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        MemberStatusChangedEvent: {
            id: string;
            /** @constant */
            type: "member.status_changed";
            /** Format: date-time */
            createdAt: string;
            data: {
                workerRef: string;
                status: components["schemas"]["MembershipStatus"];
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
                status: components["schemas"]["EnrolmentStatus"];
                /** Format: date */
                coverageStart: string | null;
                /** Format: date */
                coverageEnd: string | null;
            };
        };
        /** @enum {string} */
        OrganisationKind: "municipal" | "district" | "industry" | "street" | "town" | "park" | "platform_enterprise" | "joint";
        UnionOrganisation: {
            id: string;
            name: string;
            nameEn?: string;
            kind: components["schemas"]["OrganisationKind"];
            parentId: string | null;
            district: null | components["schemas"]["DistrictCode"];
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
            status: components["schemas"]["MembershipApplicationStatus"];
            occupation: components["schemas"]["Occupation"];
            workDistrict: components["schemas"]["DistrictCode"];
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
                sex: "female" | "male";
            };
        };
        MembershipApplicationList: {
            data: components["schemas"]["MembershipApplication"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        /** @description The worker's membership; `{ "status": "none" }` and nothing else when the worker is not a member. */
        Membership: {
            /** @description `none` when the worker is not a member; otherwise the membership's status, with `memberNumber`, `organisationId` and `since`. */
            status: components["schemas"]["MembershipStatus"] | "none";
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
                kind: components["schemas"]["BenefitKind"];
                /** @description The benefit's name in the response's language (`Content-Language`), e.g. 意外伤害 / Accidental injury. */
                label?: string;
                /** @description Maximum benefit in fen; for `inpatient_day` the amount per day. */
                maximumFen: number;
            }[];
            /** @description Yearly premium in fen. */
            premiumFen: number;
            /** @description What the worker pays after subsidy, in fen. */
            workerPaysFen: number;
            payer: components["schemas"]["PremiumPayer"];
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
                occupations: components["schemas"]["Occupation"][];
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
            reasons: components["schemas"]["EligibilityReason"][];
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
            status: components["schemas"]["EnrolmentStatus"];
            /** Format: date */
            coverageStart: string | null;
            /** Format: date */
            coverageEnd: string | null;
            workerPaysFen: number;
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
        /** @enum {string} */
        ServicePointType: "rest_station" | "driver_home" | "canteen" | "community_dining" | "mediation_room" | "legal_aid" | "health_check" | "fitness";
        /** @enum {string} */
        Amenity: "air_conditioning" | "fridge" | "microwave" | "hot_water" | "phone_charging" | "ebike_charging" | "seating" | "toilet" | "wifi" | "first_aid" | "blood_pressure_monitor" | "shower" | "laundry" | "truck_parking";
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
            priceFen: number;
            windows: components["schemas"]["TimeInterval"][];
        };
        /** @enum {string} */
        ServicePointStatus: "operating" | "temporarily_closed";
        ServicePoint: {
            id: string;
            type: components["schemas"]["ServicePointType"];
            name: string;
            address: string;
            district: components["schemas"]["DistrictCode"];
            location: components["schemas"]["GeoPoint"];
            openingHours: components["schemas"]["OpeningHours"];
            amenities: components["schemas"]["Amenity"][];
            mealOffers: components["schemas"]["MealOffer"][];
            phone: string | null;
            status: components["schemas"]["ServicePointStatus"];
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
            district: components["schemas"]["DistrictCode"];
            location?: components["schemas"]["GeoPoint"];
        };
        Event: {
            id: string;
            category: components["schemas"]["EventCategory"];
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
        };
        EventList: {
            data: components["schemas"]["Event"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        EventRegistrationCreate: Record<string, never>;
        /** @enum {string} */
        RegistrationStatus: "confirmed" | "waitlisted" | "cancelled";
        EventRegistration: {
            id: string;
            eventId: string;
            status: components["schemas"]["RegistrationStatus"];
            waitlistPosition: number | null;
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
            occupation: components["schemas"]["Occupation"];
            employmentType: components["schemas"]["EmploymentType"];
            district: components["schemas"]["DistrictCode"];
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
            source: "huipin_shanghai" | "union_partner";
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
            status: components["schemas"]["JobApplicationStatus"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        JobApplicationList: {
            data: components["schemas"]["JobApplication"][];
            nextCursor: components["schemas"]["Cursor"];
        };
        Consent: {
            id: string;
            purpose: components["schemas"]["ConsentPurpose"];
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
         * @description What a notice is about — every consent purpose, and `union_charter`.
         * @enum {string}
         */
        NoticePurpose: "membership_processing" | "sensitive_id_number" | "share_status_with_platform" | "job_application_sharing" | "union_charter";
        PrivacyNotice: {
            purpose: components["schemas"]["NoticePurpose"];
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
export type MembershipStatus = components['schemas']['MembershipStatus'];
export type EnrolmentStatus = components['schemas']['EnrolmentStatus'];
export type WorkerStatus = components['schemas']['WorkerStatus'];
export type CoverageSummary = components['schemas']['CoverageSummary'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
export type WebhookEndpointCreate = components['schemas']['WebhookEndpointCreate'];
export type WebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type WebhookEndpointWithSecret = components['schemas']['WebhookEndpointWithSecret'];
export type WebhookEndpointList = components['schemas']['WebhookEndpointList'];
export type MemberStatusChangedEvent = components['schemas']['MemberStatusChangedEvent'];
export type CoverageStatusChangedEvent = components['schemas']['CoverageStatusChangedEvent'];
export type OrganisationKind = components['schemas']['OrganisationKind'];
export type UnionOrganisation = components['schemas']['UnionOrganisation'];
export type UnionOrganisationList = components['schemas']['UnionOrganisationList'];
export type SmsVerificationCreate = components['schemas']['SmsVerificationCreate'];
export type SmsVerification = components['schemas']['SmsVerification'];
export type SmsVerificationConfirm = components['schemas']['SmsVerificationConfirm'];
export type SmsVerificationResult = components['schemas']['SmsVerificationResult'];
export type MembershipApplicationStatus = components['schemas']['MembershipApplicationStatus'];
export type MembershipApplicationCreate = components['schemas']['MembershipApplicationCreate'];
export type MembershipApplication = components['schemas']['MembershipApplication'];
export type MembershipApplicationList = components['schemas']['MembershipApplicationList'];
export type Membership = components['schemas']['Membership'];
export type SandboxDecision = components['schemas']['SandboxDecision'];
export type BenefitKind = components['schemas']['BenefitKind'];
export type PremiumPayer = components['schemas']['PremiumPayer'];
export type InsurancePlan = components['schemas']['InsurancePlan'];
export type InsurancePlanList = components['schemas']['InsurancePlanList'];
export type EligibilityReason = components['schemas']['EligibilityReason'];
export type Eligibility = components['schemas']['Eligibility'];
export type InsuranceEnrolmentCreate = components['schemas']['InsuranceEnrolmentCreate'];
export type InsuranceEnrolment = components['schemas']['InsuranceEnrolment'];
export type InsuranceEnrolmentList = components['schemas']['InsuranceEnrolmentList'];
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
export type EventList = components['schemas']['EventList'];
export type EventRegistrationCreate = components['schemas']['EventRegistrationCreate'];
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
export type Consent = components['schemas']['Consent'];
export type ConsentList = components['schemas']['ConsentList'];
export type NoticePurpose = components['schemas']['NoticePurpose'];
export type PrivacyNotice = components['schemas']['PrivacyNotice'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthenticated = components['responses']['Unauthenticated'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
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
        /** @description 空对象，或不带请求体 An empty object, or no body. */
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
            /** @description 签名无效或时间戳超出容差，接收方拒收 Signature invalid or timestamp outside the tolerance: the receiver rejects it. 任何非 2xx 都视为投递失败并以指数退避重试 Any non-2xx is a failed delivery, retried with exponential backoff. */
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
            /** @description 签名无效或时间戳超出容差，接收方拒收 Signature invalid or timestamp outside the tolerance: the receiver rejects it. 任何非 2xx 都视为投递失败并以指数退避重试 Any non-2xx is a failed delivery, retried with exponential backoff. */
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
