/**
 * What went wrong with an API call, in the interface's language: the browser's own words
 * ("Failed to fetch") and the server's problem detail are English, so they never stand in a
 * Chinese sentence; the server's detail is kept apart, labelled, for whoever needs it.
 */
import type { Lang } from '../i18n/strings';
import { ApiError } from './client';

export type ApiErrorKind = 'network' | 'not-found' | 'request' | 'server';

export function apiErrorKind(error: unknown): ApiErrorKind {
  if (error instanceof ApiError) {
    if (error.status === 404) return 'not-found';
    return error.status >= 500 ? 'server' : 'request';
  }
  // fetch rejects with a TypeError when the server cannot be reached at all
  return 'network';
}

const MESSAGES: Record<Lang, { [K in ApiErrorKind]: (status: number | null) => string }> = {
  zh: {
    network: () => '无法连接数据服务：请检查网络连接，或确认服务器正在运行。',
    'not-found': () => '找不到所请求的内容（可能已被删除，或链接有误）。',
    request: (status) => `数据服务拒绝了这个请求（HTTP ${status}）。`,
    server: (status) => `数据服务出错（HTTP ${status}），请稍后重试。`,
  },
  en: {
    network: () => 'Cannot reach the data service: check the network connection, or whether the server is running.',
    'not-found': () => 'What was asked for does not exist (it may have been removed, or the link is wrong).',
    request: (status) => `The data service refused the request (HTTP ${status}).`,
    server: (status) => `The data service failed (HTTP ${status}); try again shortly.`,
  },
};

export interface ApiErrorMessage {
  kind: ApiErrorKind;
  /** one sentence in the interface's language */
  message: string;
  /** the server's own detail (English), when it gave one */
  detail: string | null;
}

export function apiErrorMessage(error: unknown, lang: Lang): ApiErrorMessage {
  const kind = apiErrorKind(error);
  const status = error instanceof ApiError ? error.status : null;
  return { kind, message: MESSAGES[lang][kind](status), detail: error instanceof ApiError ? error.message : null };
}
