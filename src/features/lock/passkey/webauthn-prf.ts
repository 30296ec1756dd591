import { randomBytes } from '../../../storage/lock/lock-crypto';

/**
 * The phone's passkeys, through WebAuthn and its PRF extension: make one for Kier, and ask it
 * for the 32-byte secret it computes from Kier's salt. Nothing goes to a server: there is none.
 * The challenge is random and never checked (no signature is verified); what matters is the PRF
 * output, which the authenticator gives only after the fingerprint, face or the phone's own PIN.
 *
 * Only the phone's own authenticator ('platform'): no security key, and no "use a phone nearby"
 * by QR code, which would run through the browser maker's servers.
 */
export type PasskeyProblem = 'cancelled' | 'noPrf' | 'unavailable' | 'failed';

export class PasskeyError extends Error {
  constructor(readonly problem: PasskeyProblem) {
    super(`Passkey: ${problem}`);
    this.name = 'PasskeyError';
  }
}

const TIMEOUT_MS = 120_000;

function toPasskeyError(error: unknown): PasskeyError {
  if (error instanceof PasskeyError) return error;
  // NotAllowedError: the parent cancelled, the time ran out, or the fingerprint did not match.
  if (error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'AbortError')) return new PasskeyError('cancelled');
  if (error instanceof DOMException && (error.name === 'NotSupportedError' || error.name === 'SecurityError')) return new PasskeyError('unavailable');
  return new PasskeyError('failed');
}

function prfFirst(credential: PublicKeyCredential): Uint8Array | null {
  const first = credential.getClientExtensionResults().prf?.results?.first;
  if (!first) return null;
  return first instanceof ArrayBuffer ? new Uint8Array(first) : new Uint8Array(first.buffer, first.byteOffset, first.byteLength).slice();
}

/**
 * Whether this browser may unlock with a passkey: a secure page, WebAuthn, and a fingerprint,
 * face or PIN on the device itself. Browsers that can say so (getClientCapabilities) also say
 * whether they know PRF; others are only found out when the passkey is made (then 'noPrf').
 */
export async function passkeyAvailable(): Promise<boolean> {
  if (typeof window === 'undefined' || !window.isSecureContext || typeof PublicKeyCredential === 'undefined' || !navigator.credentials) return false;
  try {
    const capabilities = typeof PublicKeyCredential.getClientCapabilities === 'function' ? await PublicKeyCredential.getClientCapabilities() : undefined;
    if (capabilities && (capabilities['extension:prf'] === false || capabilities['userVerifyingPlatformAuthenticator'] === false)) return false;
    return await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable();
  } catch {
    return false;
  }
}

/** Asks the passkey for its secret for this salt: the phone shows its own fingerprint, face or PIN prompt. */
export async function passkeySecret(credentialId: Uint8Array, prfSalt: Uint8Array): Promise<Uint8Array> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({
      publicKey: {
        challenge: randomBytes(32) as BufferSource,
        allowCredentials: [{ type: 'public-key', id: credentialId as BufferSource, transports: ['internal'] }],
        userVerification: 'required',
        timeout: TIMEOUT_MS,
        extensions: { prf: { eval: { first: prfSalt as BufferSource } } },
      },
    });
  } catch (error) {
    throw toPasskeyError(error);
  }
  const secret = credential instanceof PublicKeyCredential ? prfFirst(credential) : null;
  if (!secret) throw new PasskeyError('noPrf');
  return secret;
}

/**
 * Makes a passkey for Kier on this phone and returns its id and its secret for the salt. Some
 * phones give the secret while making it; others only when asked, so then it is asked at once
 * (a second fingerprint). A passkey without PRF is of no use: 'noPrf', and it is reported as
 * unknown so password managers that listen can drop it again.
 */
export async function createPasskey(prfSalt: Uint8Array, names: { rp: string; user: string }): Promise<{ credentialId: Uint8Array; secret: Uint8Array }> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        rp: { name: names.rp },
        // A random user id: nothing about the parent. The name shows in the phone's password list.
        user: { id: randomBytes(16) as BufferSource, name: names.user, displayName: names.user },
        challenge: randomBytes(32) as BufferSource,
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { authenticatorAttachment: 'platform', residentKey: 'preferred', userVerification: 'required' },
        timeout: TIMEOUT_MS,
        attestation: 'none',
        extensions: { prf: { eval: { first: prfSalt as BufferSource } } },
      },
    });
  } catch (error) {
    throw toPasskeyError(error);
  }
  if (!(credential instanceof PublicKeyCredential)) throw new PasskeyError('failed');
  const credentialId = new Uint8Array(credential.rawId);
  const results = credential.getClientExtensionResults().prf;
  if (!results?.enabled) {
    forgetPasskey(credentialId);
    throw new PasskeyError('noPrf');
  }
  const secret = prfFirst(credential) ?? (await passkeySecret(credentialId, prfSalt));
  return { credentialId, secret };
}

/** Tells the phone's password manager, where it listens (signalUnknownCredential), that Kier no longer uses this passkey. */
export function forgetPasskey(credentialId: Uint8Array): void {
  const signal = (PublicKeyCredential as unknown as { signalUnknownCredential?: (options: { rpId: string; credentialId: string }) => Promise<void> }).signalUnknownCredential;
  if (typeof signal !== 'function') return;
  const id = btoa(String.fromCharCode(...credentialId))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  void signal.call(PublicKeyCredential, { rpId: location.hostname, credentialId: id }).catch(() => undefined);
}
