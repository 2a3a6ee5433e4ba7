/**
 * A fault-injecting HTTP proxy in front of dynalite: what dynalite cannot do
 * (throttling, 5xx, dropped connections) answered for chosen requests, the
 * rest forwarded untouched. Faults are picked per request by the operation
 * (X-Amz-Target) and a running count.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'throttle' | 'server-error' | 'reset' | 'validation' | null;

export interface FaultProxy {
  endpoint: string;
  /** Requests seen per operation (e.g. "Scan"), faulted or not. */
  counts: Record<string, number>;
  /** For each request, in arrival order: how many requests were open at the proxy when it arrived (itself included). */
  concurrency: number[];
  close(): Promise<void>;
}

const errorBody = (type: string) =>
  JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: 'injected by the test proxy' });

export async function startFaultProxy(target: string, pick: (operation: string, n: number) => Fault): Promise<FaultProxy> {
  const upstream = new URL(target);
  const counts: Record<string, number> = {};
  const concurrency: number[] = [];
  let open = 0;
  const server: Server = createServer((req, res) => {
    open++;
    concurrency.push(open);
    res.on('close', () => open--);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const operation =
        String(req.headers['x-amz-target'] ?? '')
          .split('.')
          .pop() ?? '';
      const n = (counts[operation] = (counts[operation] ?? 0) + 1);
      const fault = pick(operation, n);
      const answer = (status: number, type: string) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `fault-${n}` });
        res.end(errorBody(type));
      };
      if (fault === 'reset') return req.socket.destroy();
      if (fault === 'throttle') return answer(400, 'ProvisionedThroughputExceededException');
      if (fault === 'server-error') return answer(500, 'InternalServerError');
      if (fault === 'validation') return answer(400, 'ValidationException');
      const forward = httpRequest(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    concurrency,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
