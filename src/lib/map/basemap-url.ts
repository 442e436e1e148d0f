/** Where the basemap is served; a module of its own so the page can preload it without its decoder. */
export const BASEMAP_URL = '/data/basemap.topo.json';
