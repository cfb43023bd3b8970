/**
 * Chrome's own per-extension "Site access" setting (chrome://extensions > Details), which a user
 * can change at any time: on all sites, on specific sites, or only on click. Driven through
 * chrome://extensions' private API, exactly what that page does when the user picks an option.
 */
import type { LaunchedBrowser } from './launch';

export type HostAccess = 'ON_CLICK' | 'ON_SPECIFIC_SITES' | 'ON_ALL_SITES';

interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; hostAccess: HostAccess }): Promise<void>;
  addHostPermission(extensionId: string, host: string): Promise<void>;
  getExtensionInfo(id: string): Promise<{ permissions: { runtimeHostPermissions?: { hostAccess: HostAccess } } }>;
}

/** Sets the extension's site access; with ON_SPECIFIC_SITES, `sites` are the allowed match patterns. */
export async function setSiteAccess(b: LaunchedBrowser, hostAccess: HostAccess, sites: string[] = []): Promise<HostAccess | undefined> {
  const page = await b.context.newPage();
  try {
    await page.goto('chrome://extensions');
    return await page.evaluate(
      async ({ id, access, hosts }) => {
        const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        await dp.updateExtensionConfiguration({ extensionId: id, hostAccess: access });
        for (const host of hosts) await dp.addHostPermission(id, host);
        return (await dp.getExtensionInfo(id)).permissions.runtimeHostPermissions?.hostAccess;
      },
      { id: b.extensionId, access: hostAccess, hosts: sites },
    );
  } finally {
    await page.close();
  }
}
