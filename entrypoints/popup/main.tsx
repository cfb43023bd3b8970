import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { popupParams } from '@/components/popup-params';
import { prepareDocument } from '@/components/prepare-document';
import '@/components/styles/base.css';
import '@/components/styles/popup.css';

const { tabId, query } = popupParams(location.search);
prepareDocument('extName');
render(<PopupApp tabId={tabId} initialQuery={query} />, document.getElementById('app')!);
