/**
 * Starts the popup: its loads first (the tab's result, site access, the index's age), then what
 * can be done meanwhile, then the first render once the data is in (or after a short wait, see
 * components/popup-load.ts).
 */
import { render } from 'preact';
import { applyStyles } from '@/components/apply-styles';
import { popupParams } from '@/components/popup-params';
import { startPopupLoad } from '@/components/popup-load';
import { PopupApp } from '@/components/PopupApp';
import { prepareDocument } from '@/components/prepare-document';
import baseCss from '@/components/styles/base.css?inline';
import popupCss from '@/components/styles/popup.css?inline';
import { defaultServices } from '@/components/use-services';

export function startPopup(): void {
  const { tabId, query } = popupParams(location.search);
  const load = startPopupLoad(defaultServices(), tabId);
  // While the data is on its way: the styles, the document's language and title.
  applyStyles(baseCss, popupCss);
  prepareDocument('extName');
  void load.firstRender.then(() => {
    render(<PopupApp tabId={tabId} initialQuery={query} load={load} />, document.getElementById('app')!);
  });
}
