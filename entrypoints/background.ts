import { defineBackground } from 'wxt/utils/define-background';
import { startEngineService } from '../src/background/engine-service';
import { startFirstRun } from '../src/background/first-run';

export default defineBackground(() => {
  startEngineService();
  startFirstRun();
});
