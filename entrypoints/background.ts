import { defineBackground } from 'wxt/utils/define-background';
import { startEngineService } from '../src/background/engine-service';

export default defineBackground(() => {
  startEngineService();
});
