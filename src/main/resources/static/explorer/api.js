// The explorer's only way to the data: the public GraphQL endpoint, as any dashboard would call it.

/** An API failure told in words: what happened and what the reader can do. */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

let apiKey = null;

/** Sends `key` as the bearer of every later request (a curator signed in); null stops. */
export function useKey(key) {
  apiKey = key;
}

/** Runs one GraphQL operation; resolves to `data` or rejects with an ApiError. */
export async function graphql(query, variables = {}, { signal } = {}) {
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
  if (body?.errors?.length) throw refused(body.errors[0]);
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

function refused(error) {
  const code = error.extensions?.code ?? 'ERROR';
  return new ApiError(`The service refused the query: ${error.message}`, code);
}
