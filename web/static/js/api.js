// Requests to the page's JSON endpoints.

/** ApiError is an answer other than 200, with the server's message. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** get fetches path with the given query parameters and decodes JSON. */
export async function get(path, params = new URLSearchParams(), signal) {
  const qs = params.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' }, signal });
  let body = null;
  try {
    body = await res.json();
  } catch (_) {
    body = null;
  }
  if (!res.ok) {
    throw new ApiError((body && body.error) || `${res.status} ${res.statusText}`, res.status);
  }
  return body;
}
