/**
 * A middleware that refuses an HTTP answer whose content type the service
 * never sends, before the SDK tries to parse it: the error names the status
 * only, never the body (a foreign server's page could hold anything).
 */
export class NotTheServiceError extends Error {
  constructor(
    readonly status: number,
    readonly contentType: string,
  ) {
    super(`HTTP ${status} answered with content type ${contentType || 'none'}`);
    this.name = 'NotTheServiceError';
  }
}

interface RawResponse {
  statusCode?: number;
  headers?: Record<string, string | undefined>;
  body?: { destroy?: () => void };
}

type Next = (args: unknown) => Promise<{ response: unknown }>;

export function foreignAnswerCheck(accepts: (contentType: string) => boolean) {
  return (next: Next) => async (args: unknown) => {
    const result = await next(args);
    const response = result.response as RawResponse;
    const type = response?.headers?.['content-type'] ?? '';
    // A body-less answer (HEAD, 204) has nothing to misread.
    const length = response?.headers?.['content-length'];
    if (type === '' && (length === undefined || length === '0')) return result;
    if (!accepts(type)) {
      response.body?.destroy?.();
      throw new NotTheServiceError(response.statusCode ?? 0, type);
    }
    return result;
  };
}
