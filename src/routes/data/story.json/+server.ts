import { json } from '@sveltejs/kit';
import { buildStory } from '$lib/content/story';
import { m } from '$lib/paraglide/messages';

// Written once at build time to build/data/story.json (and /uk/data/story.json, in Ukrainian: the
// story from that language's content, the file's own words from the messages).
export const prerender = true;

export function GET() {
	return json({
		...buildStory(),
		description: m.pages_story_json_description(),
		licence: m.pages_story_json_licence()
	});
}
