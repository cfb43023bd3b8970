/**
 * The highlighter, as a script of its own: the background injects it into the page's top frame
 * when the content script asks ('page/highlighter'), the first time that copy has highlights to
 * show or to take away (entrypoints/scan/highlighter-slot.ts says why). It only hands its two
 * functions over; it uses no extension API.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { clearHighlights, showHighlights } from '@/lib/highlight/highlights';
import { provideHighlighter } from '../scan/highlighter-slot';

export default defineUnlistedScript(() => provideHighlighter({ show: showHighlights, clear: clearHighlights }));
