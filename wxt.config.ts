import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { BUNDLED_MATCHER_FILE, packBundledMatcher } from './lib/feeds/bundled-matcher';
import { feedPermissionPattern } from './lib/feeds/feed-url';
import { parsePresetFeeds } from './lib/feeds/presets';

// `wxt build --mode e2e` makes the test build: it grants host access up front so automated
// browsers can exercise automatic flagging without a permission prompt. The production build
// asks for no host access at install (see README "Permissions"). `--mode bench` is the same test
// build for the popup benchmark (test/bench/popup.ts), in its own output directory.
//
// BACKSTORY_INDEX_FILE=path/to/index.json (benchmarks only): the build ships that file as its
// default-index.json instead of public/default-index.json. Unset, the public assets are copied
// unchanged; a production build refuses it, so a variable left set cannot ship another index.
const indexOverride = process.env.BACKSTORY_INDEX_FILE ? resolve(process.env.BACKSTORY_INDEX_FILE) : undefined;

// BACKSTORY_PRESET_FEEDS='[{"url":"https://…/feed.json","publicKey":"ed25519:…"}]': feeds this
// build subscribes to on install (README "Preset feeds"); their origins become host permissions
// of the build, so no prompt is needed. Unset (as in this repository): none.
const presetFeeds = parsePresetFeeds(process.env.BACKSTORY_PRESET_FEEDS);
const presetOrigins = presetFeeds.map((f) => feedPermissionPattern(f.url)).filter((p): p is string => p !== null);

/**
 * The content scripts (scan.js, scan-once.js) start with V8's explicit compile hint
 * `//# allFunctionsCalledOnLoad` (Chromium 136+; a plain comment elsewhere): most of their code runs
 * on every page they are injected into, and V8 then compiles it all in one pass instead of first
 * pre-parsing every function and parsing each again on its first call. Measured on a 10 KB article
 * (README "In the browser"): about 1 ms less main-thread time. Added after minification, which
 * would drop the comment.
 */
const COMPILE_HINT_FILES = new Set(['scan.js', 'scan-once.js']);
function compileHint(): Plugin {
  return {
    name: 'backstory:compile-hint',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && COMPILE_HINT_FILES.has(chunk.fileName)) {
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      }
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      const at = files.findIndex((f) => f.relativeDest === 'default-index.json');
      if (indexOverride) {
        if (wxt.config.mode === 'production') throw new Error('BACKSTORY_INDEX_FILE is for test builds (--mode bench), not production');
        if (!existsSync(indexOverride)) throw new Error(`BACKSTORY_INDEX_FILE: no file at ${indexOverride}`);
        if (at < 0) throw new Error('BACKSTORY_INDEX_FILE: the build has no default-index.json to replace');
        files[at] = { relativeDest: 'default-index.json', absoluteSrc: indexOverride };
      }
      // The shipped index's matcher, compiled now (lib/feeds/bundled-matcher.ts): the worker
      // installs it without compiling. Written under .wxt (generated, per build), then copied.
      const index = files[at];
      if (!index || !('absoluteSrc' in index)) throw new Error('the build has no default-index.json to compile');
      const packed = await packBundledMatcher(new Uint8Array(readFileSync(index.absoluteSrc)));
      const dest = resolve(wxt.config.wxtDir, 'backstory', `${wxt.config.browser}-${wxt.config.mode}`, BUNDLED_MATCHER_FILE);
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, packed);
      files.push({ relativeDest: BUNDLED_MATCHER_FILE, absoluteSrc: dest });
    },
  },
  // The sources zip (for store review) ignores .gitignore: leave out demo/bench output.
  zip: { excludeSources: ['out/**', 'test-results/**', '**/*.log'] },
  vite: (env) => ({
    plugins: [compileHint()],
    define: {
      __BACKSTORY_PRESET_FEEDS__: JSON.stringify(presetFeeds),
      // Feed schedule bounds of the test build: entrypoints/background/build-config.ts.
      __BACKSTORY_TEST_BUILD__: JSON.stringify(env.mode === 'e2e' || env.mode === 'bench'),
    },
  }),
  manifest: ({ browser, mode }) => {
    const e2e = mode === 'e2e' || mode === 'bench';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      action: { default_title: '__MSG_actionTitle__' },
      // A key for the toolbar button: the popup and the one-click lookup without the mouse (it counts
      // as invoking the action, so activeTab is granted as on a click). Ctrl+Shift+F is none of
      // Chrome's own shortcuts on Windows and Linux; on a Mac Command+Shift+F is (full-screen
      // toolbar), so there it is Control+Shift+F. Users change it at chrome://extensions/shortcuts
      // or in about:addons. test/e2e/toolbar-button.test.ts presses it.
      commands: {
        _execute_action: {
          suggested_key: { default: 'Ctrl+Shift+F', mac: 'MacCtrl+Shift+F' },
          description: '__MSG_actionTitle__',
        },
      },
      permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
      ...(e2e ? { host_permissions: ['<all_urls>'] } : presetOrigins.length > 0 ? { host_permissions: presetOrigins } : {}),
      optional_host_permissions: ['*://*/*'],
      // Said out loud: no web page and no other extension may message or connect to Backstory
      // (without the key Chrome lets every other extension do so; no page could). Nothing listens
      // to onMessageExternal/onConnectExternal either.
      externally_connectable: { ids: [], matches: [] },
      content_security_policy: {
        extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: '{b6118aa4-e0e4-49cb-a4ff-8b367a880bb2}',
                // data_collection_permissions needs Firefox 140 (Android 142).
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : // Feed signatures are checked with WebCrypto Ed25519, which Chrome has from version 137.
          { minimum_chrome_version: '137' }),
    };
  },
});
