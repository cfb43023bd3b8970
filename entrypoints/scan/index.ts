/**
 * The content script. Not in the manifest: the background registers it at run time for the
 * sites the reader granted (automatic flagging), and injects it once into the active tab for the
 * toolbar button's one-click lookup; startScanner() then resolves to a ScanOutcome that
 * scripting.executeScript hands back to the background.
 *
 * An unlisted script rather than a WXT content script: WXT 0.21's content-script wrapper posts
 * a window message and dispatches DOM events named after the extension id on every start, which
 * page scripts can see and spoof. This file is bundled the same way (one IIFE, top frame only:
 * the background never asks for other frames), with none of that.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startScanner } from './start-scanner';

export default defineUnlistedScript(() => startScanner());
