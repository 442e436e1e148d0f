import type { Handle, ServerInit } from '@sveltejs/kit';
import { contentFor } from '$lib/content/data/index';
import { contentPath, setContent } from '$lib/content/load';
import { setDateLocale } from '$lib/dates';
import { treatyPanel } from '$lib/components/treaty/treaty-panel.svelte';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { m } from '$lib/paraglide/messages';
import { bootWordsMarkup } from '$lib/i18n/boot-failure';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SPLIT_LOCALE, withSidecarPreloads } from './build/locale-split';

/** The browser's code as built, while pages are prerendered (it is built first). */
const CLIENT_OUTPUT = '.svelte-kit/output/client';

/**
 * Prerendering renders every page from the content as written (see $lib/content/load.ts), with
 * the treaty panel's code at hand for the pages that show it.
 */
export const init: ServerInit = async () => {
	setContent(contentFor('en'));
	await treatyPanel.load();
};

/**
 * Each page in its URL's language (/uk/… Ukrainian): the UI messages through Paraglide, the story
 * from that language's content, its dates, `<html lang>`, the content file the page preloads, the
 * words of its notice should that content not load (src/lib/i18n/boot-failure.ts), and a
 * Ukrainian page the UI's Ukrainian text (src/build/locale-split.ts). The content tables are
 * module state: this holds because pages are prerendered one at a time (svelte.config.js,
 * `prerender.concurrency`).
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		setContent(contentFor(locale));
		setDateLocale(locale);
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				const page = html
					.replace('%talks.lang%', locale)
					.replace('%talks.content%', contentPath(locale))
					.replace(
						'%talks.bootWords%',
						bootWordsMarkup({
							text: m.site_boot_failed({ why: '{why}' }, { locale }),
							noAnswer: m.site_why_no_answer({}, { locale }),
							unknown: m.site_why_unknown({}, { locale })
						})
					);
				return locale === SPLIT_LOCALE
					? withSidecarPreloads(page, (file) => existsSync(join(CLIENT_OUTPUT, file)))
					: page;
			}
		});
	});
