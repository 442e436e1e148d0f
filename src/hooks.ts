import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /uk/about is the /about route in Ukrainian: one route tree serves every language.
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
