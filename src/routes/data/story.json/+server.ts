import { json } from '@sveltejs/kit';
import { buildStory } from '$lib/content/story';

// Written once at build time to build/data/story.json.
export const prerender = true;

export function GET() {
	return json(buildStory());
}
