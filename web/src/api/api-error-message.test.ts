import { describe, expect, it } from 'vitest';
import { apiErrorMessage } from './api-error-message';
import { ApiError } from './client';

describe('apiErrorMessage', () => {
  it('says a failed connection in the interface language, without the browser\'s English (issue 16)', () => {
    const failed = new TypeError('Failed to fetch');
    const zh = apiErrorMessage(failed, 'zh');
    expect(zh).toMatchObject({ kind: 'network', detail: null });
    expect(zh.message).toMatch(/^无法连接数据服务/);
    expect(zh.message).not.toMatch(/[A-Za-z]{3,}/);
    expect(apiErrorMessage(failed, 'en').message).toMatch(/^Cannot reach the data service/);
  });

  it('tells a missing thing, a refused request and a server failure apart, keeping the server\'s detail aside', () => {
    expect(apiErrorMessage(new ApiError(404, '/api/features/x', 'no feature x'), 'zh')).toMatchObject({ kind: 'not-found', detail: 'no feature x' });
    expect(apiErrorMessage(new ApiError(400, '/api/search', 'q is too long'), 'en').message).toBe('The data service refused the request (HTTP 400).');
    expect(apiErrorMessage(new ApiError(503, '/api/layers', '503 Service Unavailable'), 'zh').message).toBe('数据服务出错（HTTP 503），请稍后重试。');
  });
});
