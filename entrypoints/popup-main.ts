/**
 * The popup's script (popup.html loads /popup-main.js). An unlisted script rather than a module
 * script of popup.html: WXT builds it as one self-contained file, where the popup's page would
 * otherwise load its own chunk plus the chunk it shares with the options page, and wait for both
 * (one request fewer on the way to the first render; measured in `npm run bench:popup`).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup } from './popup/start-popup';

export default defineUnlistedScript(startPopup);
