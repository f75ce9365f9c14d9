/**
 * What `<union-job-listings>` knows of the worker's own applications (`GET /job-applications`): loaded
 * with the first list of jobs, so a job already applied for says 已投递 and its status — after a reload
 * too — instead of offering 投递简历 again; and "我的投递" with the postings' titles, loaded when opened.
 */
import { Jobs, NotFoundError } from '@unionkit/sdk';
import type { JobApplication, JobPosting } from '@unionkit/sdk/types';
import type { UnionCore } from '@unionkit/sdk';
import { use } from '../internal/api.js';
import type { WidgetHost } from '../internal/controllers/host.js';
import { LoadTask } from '../internal/controllers/load.js';

export class JobApplications {
  /** "我的投递": every application, with the postings it refers to looked up. Loaded when opened. */
  readonly mine: LoadTask<JobApplication[]>;
  /** Whether the worker's applications have been read since the widget started. */
  known = false;

  /** The worker's live (not withdrawn) application per posting. */
  readonly #byPosting = new Map<string, JobApplication>();
  /** Postings seen, by id (shared with the widget's list). */
  readonly #postings: Map<string, JobPosting>;

  constructor(host: WidgetHost, postings: Map<string, JobPosting>) {
    this.#postings = postings;
    this.mine = new LoadTask<JobApplication[]>(
      host,
      async (client, signal) => {
        const all = await this.#read(client, signal);
        const missing = [...new Set(all.map((a) => a.jobPostingId))].filter((id) => !postings.has(id));
        await Promise.all(
          missing.map(async (id) => {
            try {
              postings.set(id, await use(client, Jobs).retrieve(id, { signal }));
            } catch (err) {
              if (!(err instanceof NotFoundError)) throw err;
            }
          }),
        );
        return all;
      },
      { auto: false },
    );
  }

  /** The live application for a posting, if the worker has one. */
  of(jobPostingId: string): JobApplication | undefined {
    return this.#byPosting.get(jobPostingId);
  }

  posting(id: string): JobPosting | undefined {
    return this.#postings.get(id);
  }

  /** Reads the worker's applications unless already known. Never throws: the API's `already_applied` still guards. */
  async ensure(client: UnionCore, signal: AbortSignal): Promise<void> {
    if (this.known) return;
    try {
      await this.#read(client, signal);
    } catch {
      // Not known yet; the next list load tries again.
    }
  }

  /** Records an application just sent or changed. */
  record(application: JobApplication): void {
    if (application.status === 'withdrawn') this.#byPosting.delete(application.jobPostingId);
    else this.#byPosting.set(application.jobPostingId, application);
    const list = this.mine.value;
    if (list) {
      const at = list.findIndex((a) => a.id === application.id);
      this.mine.value = at < 0 ? [application, ...list] : list.map((a) => (a.id === application.id ? application : a));
    }
  }

  async #read(client: UnionCore, signal: AbortSignal): Promise<JobApplication[]> {
    const all: JobApplication[] = [];
    for await (const a of use(client, Jobs).listApplications({ limit: 100 }, { signal })) all.push(a);
    this.#byPosting.clear();
    for (const a of all) if (a.status !== 'withdrawn') this.#byPosting.set(a.jobPostingId, a);
    this.known = true;
    return all;
  }
}
