// Bearer tokens: signed JWTs (jose) carrying who the caller is, the councils they act for
// and their role. The server verifies them with the configured key; the CLI mints them
// with the same key for local use.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SignJWT, errors as joseErrors, importPKCS8, importSPKI, jwtVerify, type KeyLike } from 'jose';
import { ROLES, type Role, type Viewer } from '@council-plans/core';

/** How tokens are checked (and, for the CLI, signed). */
export interface AuthConfig {
  /** Shared secret for HS256 (JWT_SECRET, or the development secret file). */
  secret?: string;
  /** PEM public key for RS256 / ES256 tokens (JWT_PUBLIC_KEY). */
  publicKey?: string;
  /** Algorithm of the public key (JWT_ALGORITHM): RS256 (default) or ES256. */
  algorithm?: 'RS256' | 'ES256';
  /** JWT_ISSUER: tokens must carry this `iss`; the CLI sets it. */
  issuer?: string;
  /** JWT_AUDIENCE: tokens must carry this `aud`; the CLI sets it. */
  audience?: string;
  /** Where the key came from, for the start-up log. */
  source: string;
}

export class AuthError extends Error {}

/** The development secret: created on first use under the data directory, so `npm start` needs no configuration. */
export function developmentSecret(file: string): { secret: string; created: boolean } {
  if (fs.existsSync(file)) return { secret: fs.readFileSync(file, 'utf8').trim(), created: false };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, created: true };
}

const pem = (value: string) => value.replace(/\\n/g, '\n');

let verifyKeys = new WeakMap<AuthConfig, Promise<KeyLike | Uint8Array>>();
function verifyKey(config: AuthConfig): Promise<KeyLike | Uint8Array> {
  let key = verifyKeys.get(config);
  if (!key) {
    key = config.publicKey ? importSPKI(pem(config.publicKey), config.algorithm ?? 'RS256') : Promise.resolve(new TextEncoder().encode(config.secret ?? ''));
    verifyKeys.set(config, key);
  }
  return key;
}

/** The viewer a bearer token names; AuthError when it is not a valid token for this server. */
export async function verifyToken(config: AuthConfig, token: string): Promise<Viewer> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, await verifyKey(config), {
      algorithms: config.publicKey ? [config.algorithm ?? 'RS256'] : ['HS256'],
      issuer: config.issuer,
      audience: config.audience,
    }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw new AuthError('the token has expired');
    throw new AuthError(`the token is not valid: ${(err as Error).message}`);
  }
  const { sub, name, councils, role } = payload;
  if (typeof sub !== 'string' || !sub) throw new AuthError('the token has no subject (sub)');
  if (!Array.isArray(councils) || !councils.every((c) => typeof c === 'string')) throw new AuthError('the token has no councils claim (a list of authority codes)');
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) throw new AuthError(`the token's role must be one of ${ROLES.join(', ')}`);
  return { subject: sub, name: typeof name === 'string' ? name : null, councils: councils as string[], role: role as Role };
}

/** What a minted token says. */
export interface TokenClaims {
  subject: string;
  name?: string;
  councils: string[];
  role: Role;
  /** e.g. "8h", "30d" (jose's time span syntax). */
  expires: string;
}

/** Signs a token: HS256 with the secret, or RS256 / ES256 with JWT_PRIVATE_KEY. */
export async function mintToken(config: AuthConfig, claims: TokenClaims, privateKey?: string): Promise<string> {
  const alg = config.publicKey ? (config.algorithm ?? 'RS256') : 'HS256';
  let key: KeyLike | Uint8Array;
  if (config.publicKey) {
    if (!privateKey) throw new AuthError('JWT_PUBLIC_KEY is set: minting needs the matching JWT_PRIVATE_KEY (PEM, PKCS#8)');
    key = await importPKCS8(pem(privateKey), alg);
  } else key = new TextEncoder().encode(config.secret ?? '');
  let jwt = new SignJWT({ councils: claims.councils, role: claims.role, ...(claims.name ? { name: claims.name } : {}) })
    .setProtectedHeader({ alg })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(claims.expires);
  if (config.issuer) jwt = jwt.setIssuer(config.issuer);
  if (config.audience) jwt = jwt.setAudience(config.audience);
  return jwt.sign(key);
}

