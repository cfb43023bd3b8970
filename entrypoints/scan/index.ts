/**
 * The content script of automatic flagging. Not in the manifest: the background registers it at
 * run time for the sites the reader granted, and injects it into the tabs already open on them;
 * it sends each page it reads as 'page/scan'. The toolbar button's one-click lookup injects
 * entrypoints/scan-once instead, the same scanner in its one-click mode.
 *
 * An unlisted script rather than a WXT content script: WXT 0.21's content-script wrapper posts
 * a window message and dispatches DOM events named after the extension id on every start, which
 * page scripts can see and spoof. This file is bundled the same way (one IIFE, top frame only:
 * the background never asks for other frames), with none of that.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startScanner } from './start-scanner';

export default defineUnlistedScript(() => startScanner());
