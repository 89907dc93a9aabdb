import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowProxy {
  /** Use instead of the fake's apiBase. */
  apiBase: string;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the fake Discord REST API that holds each channel-message response for `delayMs`
 * after the fake has already created the message. A process killed in that window has posted but not yet
 * recorded the post: exactly the crash the deliveries table and the nonce must survive.
 */
export async function startSlowProxy(
  upstreamApiBase: string,
  delayMs: number,
  /** Which POSTs are held (path after the API base); channel messages by default. */
  slowPath: RegExp = /\/channels\/\d+\/messages$/,
): Promise<SlowProxy> {
  const upstream = new URL(upstreamApiBase);
  const prefix = upstream.pathname.replace(/\/$/, '');
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const out = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: prefix + (req.url ?? '/'),
          headers: { ...req.headers, host: upstream.host },
        },
        (up) => {
          const body: Buffer[] = [];
          up.on('data', (c: Buffer) => body.push(c));
          up.on('end', () => {
            const slow = req.method === 'POST' && slowPath.test(req.url ?? '');
            setTimeout(
              () => {
                if (res.destroyed) return;
                res.writeHead(up.statusCode ?? 502, up.headers).end(Buffer.concat(body));
              },
              slow ? delayMs : 0,
            );
          });
        },
      );
      out.on('error', () => res.writeHead(502).end());
      out.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
