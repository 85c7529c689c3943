import { defineBackground } from 'wxt/utils/define-background';
import { startEngineService } from '../src/background/engine-service';
import { startImageService } from '../src/background/image-service';

export default defineBackground(() => {
  startEngineService();
  startImageService();
});
