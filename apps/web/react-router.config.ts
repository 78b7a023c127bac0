import type { Config } from '@react-router/dev/config';

export default {
  appDirectory: 'app',
  buildDirectory: 'build',
  // Every page is rendered on the server; most never hydrate (see app/root.tsx).
  ssr: true,
  future: {
    // Root middleware checks CSRF for every action in one place (app/lib/csrf.server.ts).
    v8_middleware: true,
  },
} satisfies Config;
