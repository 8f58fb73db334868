import type { Plugin } from 'vite';

/**
 * A strict Content-Security-Policy for the built app, as a <meta> tag because the app is a
 * static site that may be hosted anywhere (no server headers to rely on). Scripts come only
 * from the app's own files, nothing can be sent to another host (connect-src), and no
 * plugin or <base> tricks. Styles allow 'unsafe-inline' because recharts sets inline styles.
 * Build only: Vite's dev server injects inline scripts (HMR, React refresh).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "connect-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

export function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'gevinstkart:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        // First in <head>, so it governs every script and style that follows.
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  };
}
