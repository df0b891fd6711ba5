// A real webhook receiver on 127.0.0.1 for tests: checks every signature the way an
// integrator would (README "Webhooks"), records what arrived, and can answer 500, hold
// requests unanswered, or be down (closed) and come back on the same port.
import http from 'node:http';
import type { Socket } from 'node:net';
import { verifyWebhookSignature } from '@council-plans/core';

export interface Received {
  seq: string;
  payload: any;
  /** The signature verified against the endpoint's secret. */
  valid: boolean;
  /** The status the receiver answered. */
  answered: number;
  deliveryId: string;
}

export type Mode = 'ok' | 'fail' | 'hang';

export class Receiver {
  /** Every request, in arrival order. */
  readonly received: Received[] = [];
  mode: Mode = 'ok';
  /** Answer 500 to this many requests, then go back to `mode`. */
  failNext = 0;
  secret = '';
  port = 0;
  private server: http.Server | null = null;
  private sockets = new Set<Socket>();
  private held: (() => void)[] = [];
  private arrivedHeld: ((r: Received) => void)[] = [];

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/council-plans`;
  }

  /** Seqs acknowledged with 2xx, in order of arrival. */
  acknowledged(): string[] {
    return this.received.filter((r) => r.answered < 300).map((r) => r.seq);
  }

  async start(): Promise<void> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const header = String(req.headers['council-plans-signature'] ?? '');
        const valid = verifyWebhookSignature(this.secret, header, body);
        let payload: any = null;
        try {
          payload = JSON.parse(body);
        } catch {
          /* recorded as null */
        }
        const entry: Received = { seq: payload?.seq, payload, valid, answered: 0, deliveryId: String(req.headers['council-plans-delivery'] ?? '') };
        const answer = (status: number) => {
          entry.answered = status;
          this.received.push(entry);
          res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'thanks' : 'no');
        };
        if (!valid) return answer(400);
        if (this.failNext > 0) {
          this.failNext--;
          return answer(500);
        }
        if (this.mode === 'fail') return answer(500);
        if (this.mode === 'hang') {
          this.held.push(() => answer(200));
          for (const f of this.arrivedHeld.splice(0)) f(entry);
          return;
        }
        answer(200);
      });
    });
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Resolves when a request is being held (mode 'hang'). */
  nextHeld(): Promise<Received> {
    return new Promise((resolve) => this.arrivedHeld.push(resolve));
  }

  /** Closes the port and every connection: deliveries get "connection refused". */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.held = [];
    if (!server) return;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Polls `check` until it returns true, or fails after `timeoutMs` with `what`. */
export async function eventually(what: string | (() => string), check: () => boolean | Promise<boolean>, timeoutMs = 60_000, everyMs = 100): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`);
}

/** Webhook settings for tests: fast polls, short leases and backoffs (seconds, not hours). */
export const FAST_WEBHOOKS = { pollMs: 50, timeoutMs: 2000, leaseMs: 4000, backoffBaseMs: 100, backoffMaxMs: 800, batchSize: 100, maxResponseBytes: 65536 };
