import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { popupParams } from '@/components/popup-params';
import { startPopupLoad } from '@/components/popup-load';
import { prepareDocument } from '@/components/prepare-document';
import { defaultServices } from '@/components/use-services';
import '@/components/styles/base.css';
import '@/components/styles/popup.css';

const { tabId, query } = popupParams(location.search);
const load = startPopupLoad(defaultServices(), tabId);
prepareDocument('extName');
// The first render waits (briefly) for the data, so the events are in the first frame.
void load.firstRender.then(() => {
  render(<PopupApp tabId={tabId} initialQuery={query} load={load} />, document.getElementById('app')!);
});
