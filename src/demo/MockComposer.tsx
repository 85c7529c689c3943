import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/catalogues';
import { useT } from '../ui/i18n';
import type { Site } from './scenarios';

export const PLACEHOLDERS: Record<Site, MessageKey> = { facebook: 'demo_placeholder_facebook', instagram: 'demo_placeholder_instagram', x: 'demo_placeholder_x', linkedin: 'demo_placeholder_linkedin' };
const BUTTONS: Record<Site, MessageKey> = { facebook: 'demo_button_facebook', instagram: 'demo_button_instagram', x: 'demo_button_x', linkedin: 'demo_button_linkedin' };
const AUDIENCES: Record<Site, MessageKey> = { facebook: 'demo_audience_facebook', instagram: 'demo_audience_instagram', x: 'demo_audience_x', linkedin: 'demo_audience_linkedin' };
export const SITE_NAMES: Record<Site, MessageKey> = { facebook: 'demo_site_facebook', instagram: 'demo_site_instagram', x: 'demo_site_x', linkedin: 'demo_site_linkedin' };

interface Props {
  site: Site;
  /** The draft: a scenario's text with its marks, or the "Try your own" text box. */
  children: ReactNode;
  /**
   * The attached photo, if the post has one: what it shows, and the bundled photo itself where the
   * page has it (the extension's demo page); without it, its description stands in its place.
   */
  photo?: { alt: string; src: string | null } | undefined;
}

/**
 * A look-alike of each site's post box, drawn with CSS alone (no logos or artwork of the sites),
 * so a room of new staff recognises where they would be typing. Its button does nothing: this is a
 * picture of a composer, and the demo never posts anything.
 */
export function MockComposer({ site, children, photo }: Props) {
  const t = useT();
  const siteName = t.t(SITE_NAMES[site]);
  return (
    <figure className="mock" data-site={site} data-part="mock-composer">
      <figcaption className="visually-hidden">{t.t('demo_mock_notice', siteName)}</figcaption>
      <div className="mock-head">
        <span className="mock-brand" aria-hidden="true">
          {siteName}
        </span>
        <span className="mock-avatar" aria-hidden="true" />
        <span className="mock-author">{t.t('demo_you')}</span>
        <span className="mock-audience">{t.t(AUDIENCES[site])}</span>
      </div>
      <div className="mock-body" data-placeholder={t.t(PLACEHOLDERS[site])}>
        {children}
      </div>
      {photo !== undefined &&
        (photo.src ? (
          <img className="mock-photo-real" src={photo.src} alt={photo.alt} data-part="photo" />
        ) : (
          <div className="mock-photo" role="img" aria-label={photo.alt} data-part="photo">
            <span className="mock-photo-label">{t.t('demo_photo_label')}</span>
            <span className="mock-photo-caption">{photo.alt}</span>
          </div>
        ))}
      <div className="mock-foot">
        <span className="mock-button" aria-hidden="true">
          {t.t(BUTTONS[site])}
        </span>
      </div>
    </figure>
  );
}
