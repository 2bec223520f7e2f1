/**
 * The first data of the page, written into it by the server (`<script id="cadence-page-answers">`,
 * src/server/platform/page-data-answers.ts): each answer is the body of a GET the first page's
 * loaders make, keyed by its address. `api()` takes an answer instead of asking the network, once:
 * a later GET of the same address asks the server. The answers are as old as the page, so they
 * serve its first load only (`dropPageAnswers` once the router has loaded it).
 */
let answers: Map<string, unknown> | undefined;

function pageAnswers(): Map<string, unknown> {
  if (answers) return answers;
  answers = new Map();
  const element = typeof document === 'undefined' ? null : document.getElementById('cadence-page-answers');
  if (!element) return answers;
  element.remove();
  try {
    const written = JSON.parse(element.textContent ?? '{}') as Record<string, unknown>;
    for (const [address, body] of Object.entries(written)) answers.set(address, body);
  } catch {
    // Unreadable: the page asks the network, as it would without them.
  }
  return answers;
}

/** The answer written into the page for a GET of `address`, taken once; undefined when there is none. */
export function takePageAnswer(address: string): { body: unknown } | undefined {
  const known = pageAnswers();
  if (!known.has(address)) return undefined;
  const body = known.get(address);
  known.delete(address);
  return { body };
}

/** Drops what the first load did not take: from now on, every GET asks the server. */
export function dropPageAnswers() {
  pageAnswers().clear();
}
