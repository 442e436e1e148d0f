import { json } from '@sveltejs/kit';
import { oembedFor } from '$lib/embed/oembed';

export const prerender = true;

/** oEmbed for the app itself (`/`, `/uk`): the first view as an embed, in the URL's language. */
export function GET({ url }) {
	return json(oembedFor(url.origin, null));
}
