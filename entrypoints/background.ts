import { defineBackground } from 'wxt/utils/define-background';
import { installEngineFile } from '../src/background/engine-file';
import { startEngineService } from '../src/background/engine-service';
import { startFirstRun } from '../src/background/first-run';
import { startImageService } from '../src/background/image-service';
import { startRememberingSchoolFields } from '../src/settings/school-fields';

export default defineBackground(() => {
  // Chrome's service worker may import the engine's file on first use only if it imported it while
  // being installed (src/background/engine-file.ts); Firefox's background page adds it when needed.
  if (!import.meta.env.FIREFOX) self.addEventListener('install', () => installEngineFile());
  startEngineService();
  startImageService();
  startFirstRun();
  // Which settings the school's policy names, for the settings page to hold them until the policy arrives.
  startRememberingSchoolFields();
});
