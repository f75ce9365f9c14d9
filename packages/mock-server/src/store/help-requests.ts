/** What the store keeps of help requests and appointments (`../domain/help-requests.ts`, `../domain/appointments.ts`). */
import type {
  AppointmentStatus,
  CertificateInput,
  ContactPreference,
  HelpCounterparty,
  HelpRequestStatus,
  HelpRequestType,
  HelpTopic,
  MicroWishCategory,
  ServicePointType,
} from '@unionkit/contract';

export interface AppointmentRecord {
  id: string;
  workerKey: string;
  servicePointId: string;
  servicePointType: ServicePointType;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** The type's fields as filed. */
export interface HelpRequestFields {
  topic?: HelpTopic;
  counterparty?: HelpCounterparty;
  description?: string;
  contactPreference?: ContactPreference;
  appointmentId?: string;
  certificate?: CertificateInput;
  category?: MicroWishCategory;
  wish?: string;
  valueFen?: number;
}

export interface HelpRequestRecord {
  id: string;
  /** Read out on the phone: `QZ-XXXX-XX` (`../domain/references.ts`). */
  reference: string;
  workerKey: string;
  partnerId: string;
  type: HelpRequestType;
  status: HelpRequestStatus;
  /** A suggestion sent anonymously: the union's staff do not see who sent it. */
  anonymous: boolean;
  fields: HelpRequestFields;
  /** A confidential type's: the mobile whose union session filed it; only that session reaches it. */
  unionMobile?: string;
  evidenceFileIds: string[];
  /** The subsidy by the certificate's level (sandbox table), for `skill_subsidy`. */
  subsidyFen?: number;
  timeline: { status: HelpRequestStatus; at: Date; note?: string }[];
  messages: { id: string; from: 'worker' | 'social_worker'; body: string; fileIds: string[]; createdAt: Date }[];
  createdAt: Date;
  updatedAt: Date;
}
