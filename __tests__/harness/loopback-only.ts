/**
 * Loaded before every test file: any TCP connection to an address outside
 * 127.0.0.0/8 or ::1 fails at once, so no test can reach past loopback (a
 * client built without an endpoint would otherwise try AWS itself).
 */
import net from 'node:net';

const LOOPBACK_HOSTS = new Set(['localhost', '::1', '[::1]']);

function isLoopback(host: string | undefined): boolean {
  if (host === undefined || host === '') return true; // Node's default host is localhost
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.') || host === '::ffff:127.0.0.1';
}

type Connect = (this: net.Socket, ...args: unknown[]) => net.Socket;
const guarded = Symbol.for('dynamodb-rollback.loopback-only');
const proto = net.Socket.prototype as unknown as Record<string | symbol, unknown> & { connect: Connect };

if (!proto[guarded]) {
  const original = proto.connect;
  proto.connect = function connect(this: net.Socket, ...args: unknown[]) {
    const first = args[0];
    // Normalised form from net.connect / http: [options, callback], sometimes wrapped in an array.
    const options = (Array.isArray(first) ? first[0] : first) as { host?: string; path?: string; port?: number } | number | string;
    let host: string | undefined;
    if (typeof options === 'object' && options !== null) host = options.path ? 'localhost' : options.host;
    else if (typeof options === 'number') host = typeof args[1] === 'string' ? args[1] : undefined;
    else host = 'localhost'; // a string is an IPC path
    if (!isLoopback(host)) {
      throw new Error(`test tried to connect to ${host}: tests may only reach 127.0.0.1 (pass the local endpoint)`);
    }
    return original.apply(this, args);
  };
  proto[guarded] = true;
}
