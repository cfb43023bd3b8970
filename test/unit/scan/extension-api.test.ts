// @vitest-environment happy-dom
// Which global the content script takes for the extension API when a page's elements may stand
// behind the names `chrome` and `browser` (extension-api.ts says how Chromium gets there).
import { describe, expect, it } from 'vitest';
import { extensionI18n, findExtensionApi, isExtensionApi } from '@/entrypoints/scan/extension-api';

function realApi(id = 'our-extension-id') {
  return {
    runtime: { id, sendMessage: async () => undefined, onMessage: { addListener() {}, removeListener() {} } },
    i18n: { getMessage: () => '' },
  };
}

/** What Chromium leaves under `chrome` in a world created after `<form id="chrome"><input name="runtime">`. */
function clobberedForm(): HTMLFormElement {
  const form = document.createElement('form');
  form.id = 'chrome';
  const input = document.createElement('input');
  input.name = 'runtime';
  input.id = 'looks-like-an-id';
  form.append(input);
  // The API hung on the form, with the field in front of its runtime (forms' fields win).
  Object.assign(form, { i18n: realApi().i18n });
  Object.defineProperty(form, 'runtime', { value: input });
  return form;
}

describe('the extension API of the content script', () => {
  it('is the browser global when that is the API', () => {
    const api = realApi();
    expect(findExtensionApi({ browser: api, chrome: realApi('other') })).toBe(api);
  });

  it('is chrome when browser is missing or a page element', () => {
    const api = realApi();
    expect(findExtensionApi({ chrome: api })).toBe(api);
    expect(findExtensionApi({ browser: document.createElement('img'), chrome: api })).toBe(api);
  });

  it('is not a form whose field stands in for runtime, even with an id on it', () => {
    expect(isExtensionApi(clobberedForm())).toBe(false);
    const api = realApi();
    expect(findExtensionApi({ chrome: clobberedForm(), browser: api })).toBe(api);
  });

  it('is the API Chromium hung on an element when nothing hides its parts (an <img name="browser">)', () => {
    const img = Object.assign(document.createElement('img'), realApi());
    expect(findExtensionApi({ chrome: clobberedForm(), browser: img })).toBe(img);
  });

  it('is nothing when both names are hidden, or an object only looks like it', () => {
    expect(findExtensionApi({ chrome: clobberedForm(), browser: clobberedForm() })).toBeNull();
    expect(findExtensionApi({})).toBeNull();
    const noSend = realApi();
    expect(isExtensionApi({ ...noSend, runtime: { ...noSend.runtime, sendMessage: 'x' } })).toBe(false);
    expect(isExtensionApi({ ...noSend, runtime: { ...noSend.runtime, id: '' } })).toBe(false);
    expect(isExtensionApi({ runtime: { ...noSend.runtime, onMessage: {} } })).toBe(false);
  });

  it("takes i18n only when it is the API's own, not a field standing in for it", () => {
    const api = realApi();
    expect(extensionI18n(api)).toBe(api.i18n);
    // <form id="chrome"><input name="i18n"> in front of an API whose runtime is still its own.
    const input = document.createElement('input');
    expect(isExtensionApi({ ...api, i18n: input })).toBe(true);
    expect(extensionI18n({ ...api, i18n: input } as never)).toBeNull();
    expect(extensionI18n({ runtime: api.runtime })).toBeNull();
    expect(extensionI18n(null)).toBeNull();
  });

  it('skips a name whose lookup throws (a cross-origin frame behind it)', () => {
    const api = realApi();
    const global = Object.defineProperty({ chrome: api }, 'browser', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findExtensionApi(global)).toBe(api);
  });
});
