/** An HTTP failure while loading corpus data, kept apart so the UI can offer a retry. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(status ? `Could not load ${url} (HTTP ${status})` : `Could not load ${url}`);
    this.name = 'FetchError';
  }
}

/** Fetches `path` relative to the app's base URL and checks the JSON with `isValid`. */
export async function fetchJson<T>(
  path: string,
  isValid: (value: unknown) => value is T,
  signal?: AbortSignal,
): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError(url, 0);
  }
  if (!response.ok) throw new FetchError(url, response.status);
  const value: unknown = await response.json();
  if (!isValid(value)) throw new Error(`${url} is not in the expected format`);
  return value;
}
