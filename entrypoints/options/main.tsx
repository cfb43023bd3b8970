import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { prepareDocument } from '@/components/prepare-document';
import '@/components/styles/base.css';
import '@/components/styles/options.css';

prepareDocument('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
