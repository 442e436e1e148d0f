import { expect, test } from '@playwright/test';

test('the story is published as open data at /data/story.json', async ({ request }) => {
	const response = await request.get('/data/story.json');
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/json');
	const story = await response.json();
	expect(story.format).toBe('talks-atlas-story');
	const istanbul = story.milestones.find((m: { id: string }) => m.id === 'istanbul-communique');
	expect(istanbul.venues).toEqual(['istanbul-dolmabahce']);
	expect(istanbul.sources.length).toBeGreaterThan(0);
	const suspended = story.milestones.find((m: { id: string }) => m.id === 'talks-suspended');
	expect(suspended.judgements.map((j: { says: string }) => j.says).join(' ')).toContain(
		'“aimed too high, too soon”'
	);
	expect(story.treaty.russianAdditions.points.join(' ')).toContain('aggressive nationalism');
});
