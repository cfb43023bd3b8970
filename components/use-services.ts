/** The real services, created once per page, for components rendered without injected ones. */
import { createBrowserServices } from './browser-services';
import type { UiServices } from './ui-services';

let shared: UiServices | undefined;

export function defaultServices(): UiServices {
  shared ??= createBrowserServices();
  return shared;
}
