import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { prepareDocument } from '@/components/prepare-document';
import { readSubscribeQuery } from '@/components/subscribe-link';
import '@/components/styles/base.css';
import '@/components/styles/options.css';

prepareDocument('optionsTitle');
render(<OptionsApp suggested={readSubscribeQuery(location.search)} />, document.getElementById('app')!);
