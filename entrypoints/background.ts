import { defineBackground } from 'wxt/utils/define-background';
import { startEngineService } from '../src/background/engine-service';
import { startFirstRun } from '../src/background/first-run';
import { startImageService } from '../src/background/image-service';

export default defineBackground(() => {
  startEngineService();
  startImageService();
  startFirstRun();
});
