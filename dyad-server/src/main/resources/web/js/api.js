// Calls to Dyad's API; an error answer becomes an Error carrying the server's reason.
export async function api(path, options = {}) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) {
    const retry = response.headers.get('Retry-After');
    throw new Error((body.error || `HTTP ${response.status}`) + (retry ? ` (try again in ${retry} s)` : ''));
  }
  return body;
}

/** The query string of a form's non-empty fields, plus extras. */
export function query(fields) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null && String(value).trim() !== '') params.set(name, String(value).trim());
  }
  return params.toString();
}

export function formFields(form) {
  return Object.fromEntries(new FormData(form).entries());
}
