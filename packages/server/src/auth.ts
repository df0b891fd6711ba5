// Bearer tokens: signed JWTs (jose) carrying who the caller is, the councils they act for
// and their role. The server verifies them with the configured key; the CLI mints them
// with the same key for local use.
import { SignJWT, decodeJwt, errors as joseErrors, importPKCS8, importSPKI, jwtVerify, type KeyLike } from 'jose';
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
  /**
   * JWT_PREVIOUS_SECRETS: older HS256 secrets still accepted (verification only), so a
   * secret can be rotated without logging everyone out. Public keys rotate the same way:
   * JWT_PUBLIC_KEY may hold several PEM keys, newest first.
   */
  previousSecrets?: string[];
  /** TOKEN_MAX_LIFETIME in seconds: tokens must carry `exp`, at most this long after `iat` (or now). Default 30 days. */
  maxLifetimeSeconds?: number;
}

import { DEFAULT_TOKEN_MAX_LIFETIME } from './defaults';
export { DEFAULT_TOKEN_MAX_LIFETIME, developmentSecret } from './defaults';

export class AuthError extends Error {}

const pem = (value: string) => value.replace(/\\n/g, '\n');

/** The PEM public keys in a JWT_PUBLIC_KEY value (one or several, newest first). */
export function pemKeys(value: string): string[] {
  const text = pem(value);
  const blocks = text.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g);
  return blocks ?? [text];
}

const verifyKeys = new WeakMap<AuthConfig, Promise<(KeyLike | Uint8Array)[]>>();
/** Every key a token may be signed with: the current one first, then the previous ones. */
function verifyKeyList(config: AuthConfig): Promise<(KeyLike | Uint8Array)[]> {
  let keys = verifyKeys.get(config);
  if (!keys) {
    const encoder = new TextEncoder();
    keys = config.publicKey
      ? Promise.all(pemKeys(config.publicKey).map((k) => importSPKI(k, config.algorithm ?? 'RS256')))
      : Promise.resolve([config.secret ?? '', ...(config.previousSecrets ?? [])].map((s) => encoder.encode(s)));
    verifyKeys.set(config, keys);
  }
  return keys;
}

/** The viewer a bearer token names; AuthError when it is not a valid token for this server. */
export async function verifyToken(config: AuthConfig, token: string): Promise<Viewer> {
  let payload: Record<string, unknown> | undefined;
  const keys = await verifyKeyList(config);
  for (const [i, key] of keys.entries()) {
    try {
      ({ payload } = await jwtVerify(token, key, {
        algorithms: config.publicKey ? [config.algorithm ?? 'RS256'] : ['HS256'],
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['exp'],
      }));
      break;
    } catch (err) {
      // A signature made with another key: try the previous keys (rotation).
      if (err instanceof joseErrors.JWSSignatureVerificationFailed && i < keys.length - 1) continue;
      if (err instanceof joseErrors.JWTExpired) throw new AuthError('the token has expired');
      if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === 'exp') throw new AuthError('the token has no expiry (exp): tokens must expire');
      throw new AuthError(`the token is not valid: ${(err as Error).message}`);
    }
  }
  if (!payload) throw new AuthError('the token is not valid');
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME;
  const { exp, iat } = payload as { exp: number; iat?: number };
  const lifetime = exp - (typeof iat === 'number' ? iat : Math.floor(Date.now() / 1000));
  if (lifetime > maxLifetime) throw new AuthError(`the token lives ${lifetime} s (exp - iat); the longest this server accepts is ${maxLifetime} s (TOKEN_MAX_LIFETIME)`);
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
  const signed = await jwt.sign(key);
  const { exp, iat } = decodeJwt(signed) as { exp: number; iat: number };
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME;
  if (exp - iat > maxLifetime) throw new AuthError(`--expires ${claims.expires} is longer than the server accepts (TOKEN_MAX_LIFETIME, ${maxLifetime} s)`);
  return signed;
}

