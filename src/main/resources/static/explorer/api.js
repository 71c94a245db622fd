// The explorer's only way to the data: the public GraphQL endpoint, as any dashboard would call it.

/** An API failure told in words: what happened and what the reader can do. */
export class ApiError extends Error {
  constructor(message, code, retryAfter = null) {
    super(message);
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

/**
 * How long, all told, one operation waits on NOT_READY (the graph's counts being made after a
 * start or a change, a few seconds on a large graph) before the reader is shown the message.
 */
const MOST_WAITED_SECONDS = 60;

let apiKey = null;

/** Sends `key` as the bearer of every later request (a curator signed in); null stops. */
export function useKey(key) {
  apiKey = key;
}

/**
 * Runs one GraphQL operation; resolves to `data` or rejects with an ApiError. An answer of
 * NOT_READY is asked again after the `retryAfter` seconds it names, as a client of GitHub's
 * statistics asks again after a 202, saying so with an `api-wait` event on the window.
 */
export async function graphql(query, variables = {}, { signal } = {}) {
  for (let waited = 0; ;) {
    try {
      return await once(query, variables, signal);
    } catch (e) {
      const seconds = e.code === 'NOT_READY' ? e.retryAfter : null;
      if (!(seconds > 0) || waited + seconds > MOST_WAITED_SECONDS) throw e;
      window.dispatchEvent(new CustomEvent('api-wait', { detail: { seconds } }));
      await pause(seconds * 1000, signal);
      waited += seconds;
    }
  }
}

/** Resolves after `millis`, or rejects with an AbortError when the operation is called off first. */
function pause(millis, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(signal.reason); return; }
    const timer = setTimeout(resolve, millis);
    signal?.addEventListener('abort', () => { clearTimeout(timer); reject(signal.reason); }, { once: true });
  });
}

async function once(query, variables, signal) {
  let response;
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The migration-graph service cannot be reached. Check that it is running, then retry.', 'UNREACHABLE');
  }
  const body = await readJson(response);
  if (body?.errors?.length) throw inWords(body.errors[0]);
  if (!response.ok || !body?.data) {
    throw new ApiError(`The service answered HTTP ${response.status} without data. Retry in a moment.`, `HTTP_${response.status}`);
  }
  return body.data;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Only a query the service will not run is "refused"; the rest say what happened, so that a
 * reader knows whether asking again may help (NOT_READY: in a moment it will).
 */
const OPENINGS = {
  NOT_READY: 'The service cannot answer yet',
  TIMEOUT: 'The service ran out of time',
  DATABASE_UNAVAILABLE: 'The service cannot reach its database',
  INTERNAL_ERROR: 'The service failed',
};

function inWords(error) {
  const code = error.extensions?.code ?? 'ERROR';
  const words = `${OPENINGS[code] ?? 'The service refused the query'}: ${error.message}`;
  return new ApiError(words, code, error.extensions?.retryAfter ?? null);
}
