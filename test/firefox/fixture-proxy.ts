// Firefox has no --host-resolver-rules: it is pointed at this HTTPS proxy instead, which tunnels CONNECTs for the fixture
// sites' host names to the fixture server and refuses every other host (so the test browser reaches nothing else).
// It listens on an ephemeral port, so concurrent runs do not collide, and needs no privileged port 443.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface FixtureProxy {
  port: number;
  /** Every CONNECT target asked for, allowed or not ("host:port"): shows what the browser tried to reach. */
  requested: string[];
  close(): Promise<void>;
}

const HEADER_END = '\r\n\r\n';
const MAX_HEADER_BYTES = 8192;

/** Tunnels `CONNECT <host>:443` for each host in `hosts` to 127.0.0.1:`targetPort`; answers 403 to anything else. */
export async function startFixtureProxy(hosts: ReadonlySet<string>, targetPort: number): Promise<FixtureProxy> {
  const requested: string[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  const server: Server = createServer((client) => {
    track(client);
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf(HEADER_END);
      if (end < 0) {
        if (head.length > MAX_HEADER_BYTES) client.destroy();
        return;
      }
      client.off('data', onData);
      const requestLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
      const target = /^CONNECT (\S+) HTTP\/1\.[01]$/.exec(requestLine)?.[1];
      if (target) requested.push(target);
      const [host, port] = target?.split(':') ?? [];
      if (!host || port !== '443' || !hosts.has(host.toLowerCase())) {
        client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const early = head.subarray(end + HEADER_END.length);
        if (early.length > 0) upstream.write(early);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      track(upstream);
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
    };
    client.on('data', onData);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fixture proxy has no TCP port');
  return {
    port: address.port,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
