/**
 * The content script as the toolbar button's one-click lookup injects it (scripting.executeScript
 * with activeTab, one-off): the same scanner as entrypoints/scan, except that it reads the page and
 * resolves to it ({kind:'page'}), so executeScript hands the page straight to the background,
 * which matches it and answers with 'content/scanned'. A separate file because an injected file
 * cannot be given arguments, and the automatic path's copy (registered, or injected into the open
 * tabs of granted sites) must keep sending 'page/scan'.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ScriptLifetime } from '../scan/script-lifetime';
import { startScanner } from '../scan/start-scanner';

export default defineUnlistedScript(() => startScanner(new ScriptLifetime(), 'one-click'));
