import { resolveTxt } from 'node:dns/promises';
import type { SafeFetch } from '../../platform/safe-fetch.js';

export type IdentityOptions = {
  /** Where `did:plc` documents are read. */
  plcDirectoryUrl: string;
  /** A server that answers com.atproto.identity.resolveHandle for any handle (last resort). */
  handleResolverUrl: string | null;
  /** Resolve handles the standard ways first: DNS TXT `_atproto.<handle>`, then HTTPS well-known. */
  useDnsAndWellKnown: boolean;
};

export type Identity = { did: string; handle: string; pdsUrl: string };

const didPattern = /^did:(plc:[a-z2-7]{24}|web:[a-zA-Z0-9.%-]+)$/;

/** A handle as people type it: "@alice.bsky.social" or "Alice.bsky.social". */
export function normaliseHandle(input: string): string {
  return input.trim().replace(/^@/, '').toLowerCase();
}

async function didFromDns(handle: string): Promise<string | null> {
  try {
    const records = await resolveTxt(`_atproto.${handle}`);
    const value = records.map((chunks) => chunks.join('')).find((record) => record.startsWith('did='));
    return value ? value.slice(4) : null;
  } catch {
    return null;
  }
}

async function didFromWellKnown(fetch: SafeFetch, handle: string): Promise<string | null> {
  try {
    const response = await fetch(`https://${handle}/.well-known/atproto-did`, { timeoutMs: 5000 });
    return response.ok ? (await response.text()).trim() : null;
  } catch {
    return null;
  }
}

async function didFromResolver(
  fetch: SafeFetch,
  resolverUrl: string,
  handle: string,
): Promise<string | null> {
  try {
    const url = new URL('/xrpc/com.atproto.identity.resolveHandle', resolverUrl);
    url.searchParams.set('handle', handle);
    const response = await fetch(url, { timeoutMs: 5000 });
    if (!response.ok) return null;
    const body = (await response.json()) as { did?: unknown };
    return typeof body.did === 'string' ? body.did : null;
  } catch {
    return null;
  }
}

/** The DID a handle points to, or null. Used for the account and for @mentions in posts. */
export async function resolveHandle(
  fetch: SafeFetch,
  options: IdentityOptions,
  handle: string,
): Promise<string | null> {
  const candidates: (() => Promise<string | null>)[] = [];
  if (options.useDnsAndWellKnown)
    candidates.push(
      () => didFromDns(handle),
      () => didFromWellKnown(fetch, handle),
    );
  if (options.handleResolverUrl)
    candidates.push(() => didFromResolver(fetch, options.handleResolverUrl ?? '', handle));
  for (const candidate of candidates) {
    const did = await candidate();
    if (did && didPattern.test(did)) return did;
  }
  return null;
}

/**
 * Handle -> DID -> DID document -> PDS. The document must name the handle back
 * (`alsoKnownAs: at://<handle>`), or anyone could point a handle at someone else's account.
 */
export async function resolveIdentity(
  fetch: SafeFetch,
  options: IdentityOptions,
  input: string,
): Promise<Identity | { error: string }> {
  const handle = normaliseHandle(input);
  if (!/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(handle))
    return { error: 'This is not a Bluesky handle (for example alice.bsky.social).' };
  const did = await resolveHandle(fetch, options, handle);
  if (!did) return { error: `No Bluesky account answers to ${handle}.` };
  const documentUrl = did.startsWith('did:plc:')
    ? new URL(`/${did}`, options.plcDirectoryUrl).href
    : `https://${decodeURIComponent(did.slice('did:web:'.length))}/.well-known/did.json`;
  let document: { alsoKnownAs?: unknown; service?: unknown };
  try {
    const response = await fetch(documentUrl, { timeoutMs: 5000 });
    if (!response.ok) return { error: `The identity of ${handle} could not be read.` };
    document = (await response.json()) as typeof document;
  } catch {
    return { error: `The identity of ${handle} could not be read.` };
  }
  const names = Array.isArray(document.alsoKnownAs) ? document.alsoKnownAs : [];
  if (!names.includes(`at://${handle}`))
    return { error: `The account behind ${handle} does not confirm that handle.` };
  const services = Array.isArray(document.service) ? (document.service as Record<string, unknown>[]) : [];
  const pds = services.find(
    (service) => typeof service.id === 'string' && service.id.endsWith('#atproto_pds'),
  );
  if (typeof pds?.serviceEndpoint !== 'string') return { error: `${handle} names no server (PDS).` };
  return { did, handle, pdsUrl: new URL(pds.serviceEndpoint).origin };
}
