import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who is calling: the id of a person in the organisation, or null for nobody (401). A portal plugs
 * in its own SSO / JWT check here; the default is the dev mode below.
 */
export type Authenticate = (request: Request) => string | null | undefined | Promise<string | null | undefined>;

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export interface DevTokens {
  /** A token that identifies `personId`. Dev mode only: it never expires. */
  issue(personId: string): string;
  /** The person a token names, when its signature is ours. */
  verify(token: string): string | null;
  /** Reads `Authorization: Bearer <token>`. */
  authenticate: Authenticate;
}

/** Dev mode: one HMAC-SHA256-signed bearer token per person, signed with `secret`. */
export function createDevTokens(secret: string = randomBytes(32).toString('hex')): DevTokens {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest();
  const verify = (token: string): string | null => {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    // Compared as text, not as decoded bytes: base64url decoding ignores the last character's
    // padding bits, so 'A'…'D' there decode alike and a decoded compare accepts altered tokens.
    const expected = Buffer.from(b64(sign(payload)));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const { sub } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown };
      return typeof sub === 'string' && sub ? sub : null;
    } catch {
      return null;
    }
  };
  return {
    issue: (personId) => {
      const payload = b64(JSON.stringify({ sub: personId }));
      return `${payload}.${b64(sign(payload))}`;
    },
    verify,
    authenticate: (request) => {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
      return match ? verify(match[1]!) : null;
    },
  };
}
