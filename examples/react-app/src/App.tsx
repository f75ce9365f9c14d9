import { useState } from 'react';
import { UnionMembershipJoin, UnionProvider, type UnionCustomEvent } from '@unionkit/widgets/react';
import { apiBaseUrl, fetchToken } from './session.js';

/**
 * A platform's page in React: one `UnionProvider` (the session) around the membership widget. The
 * `onUnion…` callbacks are typed with each event's detail; the page shows what it heard.
 */
export function App() {
  const [heard, setHeard] = useState<string[]>([]);
  const log = (line: string) => setHeard((lines) => [...lines, line]);

  const onStatus = (event: UnionCustomEvent<'union-membership-status'>) => log(`membership-status: ${event.detail.status}`);

  return (
    <main>
      <h1>骑手之家 · 工会服务</h1>
      <UnionProvider baseUrl={apiBaseUrl} locale="zh-CN" fetchToken={fetchToken}>
        <UnionMembershipJoin
          onUnionReady={(event) => log(`ready: ${event.detail.state}`)}
          onUnionMembershipStatus={onStatus}
          onUnionMembershipApplicationSubmitted={(event) => log(`submitted: ${event.detail.applicationId}`)}
          onUnionError={(event) => log(`error: ${event.detail.code}`)}
        />
      </UnionProvider>
      <h2>平台收到的事件 Events the page heard</h2>
      <ul id="heard">
        {heard.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </main>
  );
}
