import { useEffect, useMemo, useState } from 'react';
import { translatorFor } from '../../src/i18n/extension';
import { mountDemo } from '../../src/demo/mount';
import { extensionPhotoHost } from '../../src/demo/photos/extension-host';
import { languageItem, parseLanguageSetting, type LanguageSetting } from '../../src/settings/language';

/**
 * The induction demo as an extension page (unlisted: opened from the popup or the options page at
 * `/demo.html`). Its language switch is the extension's own language setting, so choosing Welsh
 * here makes the in-page panel Welsh too.
 */
function useExtensionLanguage() {
  const [setting, setSetting] = useState<LanguageSetting>('auto');
  useEffect(() => {
    void languageItem.getValue().then((value) => setSetting(parseLanguageSetting(value)));
    return languageItem.watch((value) => setSetting(parseLanguageSetting(value)));
  }, []);
  const translator = useMemo(() => translatorFor(setting), [setting]);
  return { setting, translator, change: (next: LanguageSetting) => void languageItem.setValue(next) };
}

// The photo scenarios' photos are read by the extension's own photo check (src/demo/photos/extension-host.ts).
mountDemo(document.getElementById('root')!, useExtensionLanguage, extensionPhotoHost());
