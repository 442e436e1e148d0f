import { json } from '@sveltejs/kit';
import { buildStory } from '$lib/content/story';

// Written once at build time to build/data/story.json (and /uk/data/story.json, in Ukrainian: the
// story from that language's content).
export const prerender = true;

export function GET() {
	return json(buildStory());
}
