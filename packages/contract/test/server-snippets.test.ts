// The Java and Go snippets in docs/server, for platforms whose back ends are not Node: compiled with
// the machine's JDK and Go, the webhook verifiers run over the published signature test vectors and
// the session minters against a running sandbox. A partner who copies them gets what our SDK does.
// CI installs a JDK and Go when the machine lacks them (.ci/run).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startMockServer } from '@unionkit/mock-server/node';
import { SIGNATURE_VECTORS, VECTORS_URL, expected } from './support/webhook-vectors.js';

const docs = (path: string) => fileURLToPath(new URL(`../../../docs/server/${path}`, import.meta.url));
const { vectors, defaultToleranceSec } = SIGNATURE_VECTORS;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const GO_ENV = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off', GO111MODULE: 'on' };

async function run(command: string, args: string[], options: { cwd: string; input?: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  const child = promisify(execFile)(command, args, { cwd: options.cwd, env: options.env, encoding: 'utf8', timeout: 120_000 });
  if (options.input !== undefined) child.child.stdin!.end(options.input);
  try {
    return (await child).stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

let dir: string;
let sandbox: Awaited<ReturnType<typeof startMockServer>>;
const javaDir = () => join(dir, 'java');
const goDir = () => join(dir, 'go');

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unionkit-snippets-'));
  sandbox = await startMockServer({ port: 0 });
  mkdirSync(javaDir());
  mkdirSync(join(goDir(), 'unionkit'), { recursive: true });
  for (const file of ['UnionKitWebhook.java', 'UnionKitSessions.java']) copyFileSync(docs(`java/${file}`), join(javaDir(), file));
  for (const file of ['webhook.go', 'session.go']) copyFileSync(docs(`go/unionkit/${file}`), join(goDir(), 'unionkit', file));
  writeFileSync(join(javaDir(), 'Check.java'), JAVA_HARNESS);
  writeFileSync(join(goDir(), 'go.mod'), 'module check\n\ngo 1.18\n');
  writeFileSync(join(goDir(), 'main.go'), GO_HARNESS);
  await Promise.all([
    run('javac', ['-Xlint:all', '-Werror', 'UnionKitWebhook.java', 'UnionKitSessions.java', 'Check.java'], { cwd: javaDir() }),
    run('go', ['vet', './...'], { cwd: goDir(), env: GO_ENV }).then(() => run('go', ['build', '-o', 'check', '.'], { cwd: goDir(), env: GO_ENV })),
  ]);
});

after(async () => {
  await sandbox?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const vectorLines = () =>
  vectors.map((v) => [b64(v.body), b64(v.header), b64(v.secret), v.toleranceSec ?? defaultToleranceSec, v.now].join(' ')).join('\n') + '\n';

test('Java: UnionKitWebhook.verify answers every signature vector as documented', async () => {
  const out = await run('java', ['-cp', javaDir(), 'Check', 'verify'], { cwd: dir, input: vectorLines() });
  assert.deepEqual(out.trim().split('\n'), vectors.map(expected));
});

test('Go: unionkit.VerifyWebhook answers every signature vector as documented (and passes go vet)', async () => {
  const out = await run(join(goDir(), 'check'), ['verify', fileURLToPath(VECTORS_URL)], { cwd: dir });
  assert.deepEqual(out.trim().split('\n'), vectors.map(expected));
});

interface SessionRun {
  first: { id: string; clientToken: string; expiresAt: string; components: string[] };
  replay: { id: string; clientToken: string };
  refused: { status: number; code: string; requestId: string };
}

function checkSessions(result: SessionRun, workerRef: string): void {
  assert.match(result.first.clientToken, /^wst_/, 'a widget session token for the page');
  assert.deepEqual(result.first.components, ['membership', 'help']);
  assert.ok(Date.parse(result.first.expiresAt) > Date.now(), 'expires in the future');
  assert.equal(result.replay.id, result.first.id, `the same Idempotency-Key replays the first session (${workerRef})`);
  assert.equal(result.replay.clientToken, result.first.clientToken);
  assert.equal(result.refused.status, 401);
  assert.equal(result.refused.code, 'unauthenticated', 'a wrong key is a problem with its stable code');
  assert.match(result.refused.requestId, /\S/, 'the Request-Id to quote');
}

test('Java: UnionKitSessions mints a session, replays it under the same key, and reports a refusal', async () => {
  const out = await run('java', ['-cp', javaDir(), 'Check', 'sessions', `${sandbox.url}/v1`, 'rider-java-1'], { cwd: dir });
  const [first, replay, status, problem, requestId] = out.trim().split('\n');
  checkSessions(
    { first: JSON.parse(first!), replay: JSON.parse(replay!), refused: { status: Number(status), code: JSON.parse(problem!).code, requestId: requestId! } },
    'rider-java-1',
  );
});

test('Go: CreateWidgetSession mints a session, replays it under the same key, and reports a refusal', async () => {
  const out = await run(join(goDir(), 'check'), ['sessions', `${sandbox.url}/v1`, 'rider-go-1'], { cwd: dir });
  checkSessions(JSON.parse(out), 'rider-go-1');
});

const JAVA_HARNESS = `import java.io.*; import java.nio.charset.StandardCharsets; import java.util.Base64;
public class Check {
  public static void main(String[] a) throws Exception {
    if (a[0].equals("verify")) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      Base64.Decoder d = Base64.getDecoder();
      for (String line; (line = in.readLine()) != null; ) {
        String[] f = line.split(" ");
        try {
          UnionKitWebhook.verify(d.decode(f[0]), new String(d.decode(f[1]), StandardCharsets.UTF_8),
              new String(d.decode(f[2]), StandardCharsets.UTF_8), Long.parseLong(f[3]), Long.parseLong(f[4]));
          System.out.println("valid");
        } catch (UnionKitWebhook.VerificationException e) { System.out.println(e.reason); }
      }
      return;
    }
    String body = "{\\"workerRef\\":\\"" + a[2] + "\\",\\"components\\":[\\"membership\\",\\"help\\"]}";
    UnionKitSessions sessions = new UnionKitSessions(a[1], "sk_test_demo_delivery");
    System.out.println(sessions.create(body, "java-check-" + a[2]).replace("\\n", ""));
    System.out.println(sessions.create(body, "java-check-" + a[2]).replace("\\n", ""));
    try {
      new UnionKitSessions(a[1], "sk_test_not_a_key").create(body, "java-check-refused-" + a[2]);
      System.out.println("not refused");
    } catch (UnionKitSessions.ApiException e) {
      System.out.println(e.status); System.out.println(e.problemJson.replace("\\n", "")); System.out.println(e.requestId);
    }
  }
}
`;

const GO_HARNESS = `package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"time"

	"check/unionkit"
)

func main() {
	if os.Args[1] == "verify" {
		raw, err := os.ReadFile(os.Args[2])
		if err != nil {
			panic(err)
		}
		var file struct {
			Vectors []struct {
				Secret, Body, Header string
				Now                  int64
				ToleranceSec         *int64
			}
		}
		if err := json.Unmarshal(raw, &file); err != nil {
			panic(err)
		}
		for _, v := range file.Vectors {
			tolerance := unionkit.DefaultTolerance
			if v.ToleranceSec != nil {
				tolerance = time.Duration(*v.ToleranceSec) * time.Second
			}
			if _, err := unionkit.VerifyWebhook([]byte(v.Body), v.Header, v.Secret, tolerance, time.Unix(v.Now, 0)); err != nil {
				fmt.Println(err)
			} else {
				fmt.Println("valid")
			}
		}
		return
	}
	ctx, base, worker := context.Background(), os.Args[2], os.Args[3]
	body := unionkit.WidgetSessionRequest{WorkerRef: worker, Components: []string{"membership", "help"}}
	first, err := unionkit.CreateWidgetSession(ctx, http.DefaultClient, base, "sk_test_demo_delivery", "go-check-"+worker, body)
	if err != nil {
		panic(err)
	}
	replay, err := unionkit.CreateWidgetSession(ctx, http.DefaultClient, base, "sk_test_demo_delivery", "go-check-"+worker, body)
	if err != nil {
		panic(err)
	}
	_, err = unionkit.CreateWidgetSession(ctx, http.DefaultClient, base, "sk_test_not_a_key", "go-check-refused-"+worker, body)
	var problem *unionkit.Problem
	if !errors.As(err, &problem) {
		panic(fmt.Sprint("not refused: ", err))
	}
	out, _ := json.Marshal(map[string]any{"first": first, "replay": replay, "refused": problem})
	fmt.Println(string(out))
}
`;
