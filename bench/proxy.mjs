// A TCP proxy in front of PostgreSQL that counts the SQL statements passing through
// it, whoever sends them: every simple-protocol Query ('Q') and extended-protocol
// Execute ('E') message from a client. Both servers under test connect through their
// own proxy, so "statements per request" is measured the same way for both.
import net from 'node:net';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** Starts a counting proxy to `target` on a free port: { port, count(), close() }. */
export async function startCountingProxy(target = { host: '127.0.0.1', port: 5432 }) {
  let statements = 0;
  const sockets = new Set();
  // No-delay on both sides (issue 21): without it Nagle's algorithm held small protocol
  // messages back, adding ~40 ms per request through the proxy and compressing every ratio.
  const server = net.createServer({ noDelay: true }, (client) => {
    client.setNoDelay(true);
    const upstream = net.connect({ ...target, noDelay: true });
    upstream.setNoDelay(true);
    sockets.add(client).add(upstream);
    let startup = true;
    let buffer = Buffer.alloc(0);
    client.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      // Walk the complete messages in the buffer; keep a partial one for the next chunk.
      let offset = 0;
      for (;;) {
        if (startup) {
          // Startup-phase messages have no type byte: int32 length, int32 code, ...
          if (buffer.length - offset < 8) break;
          const length = buffer.readInt32BE(offset);
          if (buffer.length - offset < length) break;
          const code = buffer.readInt32BE(offset + 4);
          offset += length;
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) startup = false;
          continue;
        }
        if (buffer.length - offset < 5) break;
        const type = buffer[offset];
        const length = buffer.readInt32BE(offset + 1);
        if (buffer.length - offset < 1 + length) break;
        if (type === 0x51 /* Q */ || type === 0x45 /* E */) statements += 1;
        offset += 1 + length;
      }
      buffer = buffer.subarray(offset);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    count: () => statements,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
