/**
 * An HTTP proxy on 127.0.0.1 in front of a real local service (dynalite or
 * s3rver) that can answer a request itself or rewrite the service's real
 * response (status, headers, body) before the client sees it: how the guard
 * tests get a Scan page whose Count disagrees with its items, or an object
 * whose bytes change on the way back, from a real server. Every exchange is
 * recorded. (fault-proxy.ts answers with canned AWS errors; this one edits.)
 */
import { createServer, type IncomingHttpHeaders, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxyRequest {
  method: string;
  /** Path and query, e.g. "/bucket/key?x-id=GetObject". */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ProxyResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RewriteRules {
  /** Answer without forwarding (return a response), or forward (return undefined). */
  answer?: (req: ProxyRequest) => ProxyResponse | undefined;
  /** The request as forwarded, possibly changed (its body, say: damage on the way in). */
  forward?: (req: ProxyRequest) => ProxyRequest;
  /** The real response, possibly changed; content-length is set to the body sent. */
  rewrite?: (req: ProxyRequest, res: ProxyResponse) => ProxyResponse;
}

export interface RewriteProxy {
  endpoint: string;
  /** Every request seen, in order, with whether it was answered by the proxy, rewritten or passed. */
  seen: { method: string; url: string; target: string; handled: 'answered' | 'forwarded' }[];
  close(): Promise<void>;
}

function send(res: import('node:http').ServerResponse, out: ProxyResponse, method: string): void {
  const headers: IncomingHttpHeaders = { ...out.headers };
  delete headers['transfer-encoding'];
  // A HEAD answer keeps the object's length; any other gets the length of the body sent.
  if (method !== 'HEAD') headers['content-length'] = String(out.body.length);
  res.writeHead(out.status, headers as Record<string, string | string[]>);
  res.end(out.body);
}

export async function startRewriteProxy(target: string, rules: RewriteRules): Promise<RewriteProxy> {
  const upstream = new URL(target);
  const seen: RewriteProxy['seen'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const incoming: ProxyRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      const record = { method: incoming.method, url: incoming.url, target: String(req.headers['x-amz-target'] ?? '') };
      const answered = rules.answer?.(incoming);
      seen.push({ ...record, handled: answered ? 'answered' : 'forwarded' });
      if (answered) return send(res, answered, incoming.method);
      const out = rules.forward ? rules.forward(incoming) : incoming;
      const forward = httpRequest(
        { host: upstream.hostname, port: upstream.port, path: out.url, method: out.method, headers: out.headers },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            const real: ProxyResponse = { status: up.statusCode ?? 502, headers: up.headers, body: Buffer.concat(body) };
            send(res, rules.rewrite ? rules.rewrite(incoming, real) : real, incoming.method);
          });
          up.on('error', () => res.destroy());
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(out.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
