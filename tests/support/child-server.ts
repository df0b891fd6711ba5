// A server in a child process (`node packages/server/dist/main.js`), for what a test
// cannot see in-process: its peak memory (VmHWM), a second process on one database.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

export const MAIN = path.resolve(__dirname, '..', '..', 'packages', 'server', 'dist', 'main.js');

export interface ChildServer {
  url: string;
  origin: string;
  child: ChildProcess;
  /** JSON log lines written so far (stdout). */
  logs: Record<string, unknown>[];
  /** What the process wrote on stderr so far (error log lines). */
  stderr(): string;
  /** Peak resident memory of the process so far, in MB (VmHWM). */
  peakRssMb(): number;
  /** Current resident memory, in MB (VmRSS). */
  rssMb(): number;
  stop(): Promise<void>;
}

function status(pid: number, field: string): number {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Starts main.js with the given environment (PORT=0, PGLITE_DATA_DIR=memory unless given) and waits for it to serve. */
export function startChildServer(env: Record<string, string>, timeoutMs = 150_000): Promise<ChildServer> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', PGLITE_DATA_DIR: 'memory', JWT_SECRET: 'the-test-servers-token-secret-32-characters', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child server did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child server exited with ${code}: ${stderr}`));
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      logs.push(entry);
      if (typeof entry.url === 'string') {
        clearTimeout(timer);
        const url = entry.url;
        resolve({
          url,
          origin: new URL(url).origin,
          child,
          logs,
          stderr: () => stderr,
          peakRssMb: () => status(child.pid!, 'VmHWM'),
          rssMb: () => status(child.pid!, 'VmRSS'),
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.removeAllListeners('exit');
              child.once('exit', () => done());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
            }),
        });
      }
    });
  });
}
