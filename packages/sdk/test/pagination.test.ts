// Cursor pages: `await` a list for one page, `for await` it for every item; a walk never follows a
// cursor twice, so an API that repeats one cannot keep a loop going for ever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NotFoundError, PaginationError, UnionClient, type ClientOptions } from '@unionkit/sdk';
import { job } from './support/fixtures.js';
import { json, problem, scriptedFetch, type Step } from './support/http.js';

const BASE = 'http://localhost:4010/v1';
function client(fetch: ClientOptions['fetch']) {
  return new UnionClient({ baseUrl: BASE, token: 'wst_test_session', fetch, retryDelay: () => 0 });
}

function pagedJobs(total: number, pageSize: number): Step {
  return (_req, s) => {
    const start = Number(s.url.searchParams.get('cursor') ?? '0');
    const data = Array.from({ length: Math.min(pageSize, total - start) }, (_, i) => job(start + i));
    const next = start + pageSize < total ? String(start + pageSize) : null;
    return json({ data, nextCursor: next })();
  };
}

test('await a list: one page with cursor helpers', async () => {
  const { fetch, seen } = scriptedFetch([pagedJobs(5, 2)]);
  const page = await client(fetch).jobs.list({ district: '310104', limit: 2 });
  assert.deepEqual(page.data.map((j) => j.id), ['job_0', 'job_1']);
  assert.equal(page.nextCursor, '2');
  assert.equal(page.hasNextPage(), true);
  const second = await page.getNextPage();
  assert.deepEqual(second.data.map((j) => j.id), ['job_2', 'job_3']);
  const last = await second.getNextPage();
  assert.equal(last.hasNextPage(), false);
  assert.equal(last.nextCursor, null);
  await assert.rejects(last.getNextPage(), /No next page/);
  assert.deepEqual(seen.map((s) => s.url.search), ['?district=310104&limit=2', '?district=310104&limit=2&cursor=2', '?district=310104&limit=2&cursor=4']);
});

test('for await over a list walks every item across cursors', async () => {
  const { fetch, seen } = scriptedFetch([pagedJobs(7, 3)]);
  const ids: string[] = [];
  for await (const j of client(fetch).jobs.list({ occupation: 'food_delivery_rider' })) ids.push(j.id);
  assert.deepEqual(ids, ['job_0', 'job_1', 'job_2', 'job_3', 'job_4', 'job_5', 'job_6']);
  assert.equal(seen.length, 3);

  const page = await client(scriptedFetch([pagedJobs(4, 2)]).fetch).jobs.list();
  const pages: number[] = [];
  for await (const p of page.iterPages()) pages.push(p.data.length);
  assert.deepEqual(pages, [2, 2]);
});

test('a page that fails midway throws from the loop; pages are retried like any request', async () => {
  let n = 0;
  const { fetch } = scriptedFetch([
    (req, s) => (s.url.searchParams.get('cursor') === '2' && n++ < 1 ? problem(503, 'server_error')() : pagedJobs(4, 2)(req, s)),
  ]);
  const ids: string[] = [];
  for await (const j of client(fetch).jobs.list()) ids.push(j.id);
  assert.equal(ids.length, 4);

  const broken = scriptedFetch([(req, s) => (s.url.searchParams.has('cursor') ? problem(404, 'not_found')() : pagedJobs(4, 2)(req, s))]);
  await assert.rejects(async () => {
    for await (const _ of client(broken.fetch).jobs.list()) void _;
  }, NotFoundError);
});

/** Pages of two jobs whose cursors run `a`, `b`, … and then come back to one already given. */
function repeating(cursors: (string | null)[]): Step {
  return (_req, s) => {
    const cursor = s.url.searchParams.get('cursor');
    const index = cursor === null ? 0 : cursors.indexOf(cursor) + 1;
    return json({ data: [job(2 * index), job(2 * index + 1)], nextCursor: cursors[index] ?? null })();
  };
}

test('for await stops with PaginationError when the API repeats a cursor, after yielding every page once', async () => {
  for (const cursors of [['a', 'a'], ['a', 'b', 'a'], ['a', 'b', 'c', 'b']]) {
    const { fetch, seen } = scriptedFetch([repeating(cursors)]);
    const ids: string[] = [];
    await assert.rejects(
      async () => {
        for await (const j of client(fetch).jobs.list()) {
          ids.push(j.id);
          if (ids.length > 50) throw new Error('the walk never ends');
        }
      },
      (err: unknown) => {
        assert.ok(err instanceof PaginationError, String(err));
        assert.match((err as Error).message, /cursor/);
        return true;
      },
      cursors.join(' → '),
    );
    assert.equal(seen.length, cursors.length, `${cursors.join(' → ')}: each page fetched once`);
    assert.equal(new Set(ids).size, ids.length, 'no item yielded twice');
    assert.equal(ids.length, 2 * cursors.length);
  }
});

test('iterPages and getNextPage refuse a repeated cursor too; asking twice for the same next page is fine', async () => {
  const { fetch, seen } = scriptedFetch([repeating(['a', 'a'])]);
  const first = await client(fetch).jobs.list();
  const second = await first.getNextPage();
  const again = await first.getNextPage();
  assert.deepEqual(again.data, second.data, 'the same cursor from the same page is no loop');
  assert.equal(second.nextCursor, 'a');
  assert.equal(second.hasNextPage(), true);
  await assert.rejects(second.getNextPage(), PaginationError);
  assert.equal(seen.length, 3);

  const pages: number[] = [];
  await assert.rejects(async () => {
    for await (const page of first.iterPages()) {
      pages.push(page.data.length);
      if (pages.length > 25) throw new Error('the walk never ends');
    }
  }, PaginationError);
  assert.deepEqual(pages, [2, 2]);
});
