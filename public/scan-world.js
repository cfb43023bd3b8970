// Backstory: intentionally empty. Registered at document_start for the sites where automatic
// flagging is on, so that the extension's content-script world in the page is created before the
// page has any element: a world created later takes a page element named `chrome` or `browser`
// for the extension API's object (see entrypoints/background/site-access.ts).
void 0;
