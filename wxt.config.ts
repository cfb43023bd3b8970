import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Backstory',
    description: 'Flags known news events on the pages you read and shows the reporting behind them.',
  },
});
