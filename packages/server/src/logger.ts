/** Structured logging: one JSON object per line on stdout (stderr for errors). */
export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

export function jsonLogger(write: (line: string) => void = (l) => process.stdout.write(l + '\n'), writeError: (line: string) => void = (l) => process.stderr.write(l + '\n')): Logger {
  const line = (level: string, msg: string, fields?: Record<string, unknown>) => JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  return {
    info: (msg, fields) => write(line('info', msg, fields)),
    error: (msg, fields) => writeError(line('error', msg, fields)),
  };
}
