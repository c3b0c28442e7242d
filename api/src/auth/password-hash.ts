/**
 * Browser passwords, kept as scrypt hashes (node:crypto, RFC 7914) in the PHC string format:
 * `$scrypt$ln=15,r=8,p=3$<salt>$<hash>` (base64 without padding). The string carries its own
 * parameters, so stronger defaults later still verify every hash made before.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const SCRYPT_DEFAULTS = {
  // OWASP's scrypt settings of equal strength: N=2^15, r=8, p=3 costs 32 MiB and, on our
  // 2-core machine, a few tenths of a second per login; enough to make offline guessing slow.
  logCost: 15,
  blockSize: 8,
  parallelization: 3,
  saltBytes: 16,
  keyBytes: 32,
};

export type ScryptParameters = typeof SCRYPT_DEFAULTS;

/** A stored hash the server cannot read: a damaged or foreign record, never the user's fault. */
export class PasswordHashFormatError extends Error {
  constructor(readonly reason: string) {
    super(`A stored password hash is not a scrypt PHC string this server accepts: ${reason}.`);
    this.name = 'PasswordHashFormatError';
  }
}

// bounds for parameters read back from storage, so a corrupt record cannot make a login take
// minutes or gigabytes
const LIMITS = { logCost: [10, 20], blockSize: [1, 32], parallelization: [1, 16], saltBytes: [16, 64], keyBytes: [16, 64] } as const;

function derive(password: string, salt: Buffer, p: ScryptParameters): Promise<Buffer> {
  const N = 2 ** p.logCost;
  const options: ScryptOptions = { N, r: p.blockSize, p: p.parallelization, maxmem: 2 * 128 * N * p.blockSize };
  // NFKC, so the same password typed on systems that compose characters differently matches (NIST SP 800-63B)
  const normalised = password.normalize('NFKC');
  return new Promise((resolve, reject) => {
    scrypt(normalised, salt, p.keyBytes, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

export async function hashPassword(password: string, parameters: Partial<ScryptParameters> = {}): Promise<string> {
  const p = { ...SCRYPT_DEFAULTS, ...parameters };
  const salt = randomBytes(p.saltBytes);
  const key = await derive(password, salt, p);
  return `$scrypt$ln=${p.logCost},r=${p.blockSize},p=${p.parallelization}$${b64(salt)}$${b64(key)}`;
}

export function parsePasswordHash(encoded: string): { parameters: ScryptParameters; salt: Buffer; key: Buffer } {
  const match = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(encoded);
  if (!match) throw new PasswordHashFormatError('it does not read $scrypt$ln=…,r=…,p=…$salt$hash');
  const salt = Buffer.from(match[4], 'base64');
  const key = Buffer.from(match[5], 'base64');
  const parameters: ScryptParameters = {
    logCost: Number(match[1]),
    blockSize: Number(match[2]),
    parallelization: Number(match[3]),
    saltBytes: salt.length,
    keyBytes: key.length,
  };
  for (const [name, [min, max]] of Object.entries(LIMITS)) {
    const value = parameters[name as keyof ScryptParameters];
    if (value < min || value > max) throw new PasswordHashFormatError(`${name} ${value} is outside ${min}–${max}`);
  }
  return { parameters, salt, key };
}

/** True when `password` is the one `encoded` was made from; the comparison takes constant time. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const { parameters, salt, key } = parsePasswordHash(encoded);
  const candidate = await derive(password, salt, parameters);
  return timingSafeEqual(candidate, key);
}

let nobody: Promise<string> | null = null;

/** Makes the stand-in hash ahead of the first unknown name, which would otherwise pay for it. */
export function prepareNobody(): Promise<string> {
  nobody ??= hashPassword(randomBytes(16).toString('hex'));
  return nobody;
}

/**
 * Does the work of a verification for a user who does not exist, and answers false, so an
 * unknown name takes as long as a wrong password and timing does not tell which names exist.
 */
export async function verifyAgainstNobody(password: string): Promise<false> {
  await verifyPassword(password, await prepareNobody());
  return false;
}
