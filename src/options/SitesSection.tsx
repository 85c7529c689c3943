import { useEffect, useId, useState } from 'react';
import type { MessageKey } from '../i18n/catalogues';
import type { SiteId } from '../sites/types';
import { SITE_IDS } from '../settings/names';
import { useT } from '../ui/i18n';
import { SchoolBadge } from './SchoolBadge';

/** The sites by the names people know them by (X is still "Twitter" to many). */
const SITE_NAMES: Record<SiteId, MessageKey> = { facebook: 'demo_site_facebook', instagram: 'demo_site_instagram', x: 'options_site_x', linkedin: 'demo_site_linkedin' };

/** Where the checks run. A site the school switched on (or locked) cannot be turned off here. */
interface Props {
  /** In force (the school's switches over the teacher's). */
  sites: { readonly [K in SiteId]?: boolean | undefined };
  /** The teacher's own switches, which a change is written into. */
  own: { readonly [K in SiteId]?: boolean | undefined };
  locked: Record<SiteId, boolean>;
  /** Not yet known whether the school decides them (the page checking, or waiting for the school's policy). */
  pending?: boolean;
  save(sites: { readonly [K in SiteId]?: boolean | undefined }): Promise<void>;
}

export function SitesSection({ sites, own, locked, pending, save }: Props) {
  const id = useId();
  const t = useT();
  // Shown at once; the stored value catches up a moment later and then takes over again.
  const [shownSites, setShownSites] = useState(sites);
  // When the switches themselves change, not each time the settings are read again.
  const sitesKey = JSON.stringify(sites);
  useEffect(() => setShownSites(sites), [sitesKey]);
  return (
    <section aria-labelledby={`${id}-h`} data-section="sites">
      <h2 id={`${id}-h`}>{t.t('options_sites_title')}</h2>
      <fieldset>
        <legend>{t.t('options_sites_legend')}</legend>
        {SITE_IDS.map((site) => (
          <label key={site} className="check">
            <input
              type="checkbox"
              name={site}
              checked={shownSites[site] !== false}
              disabled={locked[site]}
              onChange={(event) => {
                setShownSites({ ...shownSites, [site]: event.target.checked });
                void save({ ...own, [site]: event.target.checked });
              }}
            />
            {t.t(SITE_NAMES[site])}
            {locked[site] && <SchoolBadge field={{ origin: 'school', locked: true, teacherMayAdd: false, pending: pending ?? false }} />}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
