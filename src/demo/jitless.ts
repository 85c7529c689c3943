import { z } from 'zod';

/**
 * zod speeds up parsing by compiling with `new Function` where it may. The demo's pages forbid
 * eval (the extension's page by the MV3 policy, the web page by its own Content-Security-Policy),
 * and zod's probe for it shows as a policy violation in the console: tell zod not to try. Imported
 * before anything that builds a schema.
 */
z.config({ jitless: true });
