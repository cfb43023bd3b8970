/**
 * The content script. Not in the manifest (registration: 'runtime'): the background registers it
 * for the sites the reader granted (automatic flagging), and injects it once into the active tab
 * for the toolbar button's one-click lookup; main() then resolves to a ScanOutcome that
 * scripting.executeScript hands back to the background.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startScanner } from './start-scanner';

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  allFrames: false,
  main: (ctx) => startScanner(ctx),
});
