// Reason phrases for the HTTP statuses a link check meets, so the report says "404 Not Found"
// rather than a bare number. Servers' own phrases are not used: HTTP/2 has none.

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  414: 'URI Too Long',
  418: "I'm a Teapot",
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  520: 'Unknown Error',
  521: 'Web Server Is Down',
  522: 'Connection Timed Out',
  523: 'Origin Is Unreachable',
  524: 'A Timeout Occurred',
};

/** `404 Not Found`, or just `499` for a status without a well-known phrase. */
export function statusText(code: number): string {
  const reason = REASONS[code];
  return reason === undefined ? String(code) : `${code} ${reason}`;
}
