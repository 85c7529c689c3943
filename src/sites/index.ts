import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import type { SiteAdapter } from './types';
import { x } from './x';

export const SITES: readonly SiteAdapter[] = [facebook, instagram, x, linkedin];

/** The adapter for a page's hostname (`www.facebook.com`, `mobile.x.com`…), or null. */
export function siteFor(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase();
  return SITES.find((site) => site.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}
