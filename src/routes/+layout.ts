// Every route is prerendered to static HTML; the map itself is created in the browser.
export const prerender = true;
export const trailingSlash = 'never';
