import { defineBackground } from 'wxt/utils/define-background';
import { startEngineService } from '../src/background/engine-service';
import { startFirstRun } from '../src/background/first-run';
import { startImageService } from '../src/background/image-service';
import { startRememberingSchoolFields } from '../src/settings/school-fields';

export default defineBackground(() => {
  startEngineService();
  startImageService();
  startFirstRun();
  // Which settings the school's policy names, for the settings page to hold them until the policy arrives.
  startRememberingSchoolFields();
});
