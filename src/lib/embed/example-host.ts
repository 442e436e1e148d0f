import { formatDay } from '../dates';
import { intlLocale } from '../i18n/locale';
import { m } from '../paraglide/messages';
import { getLocale, localizeHref } from '../paraglide/runtime';
import type { Language } from './options';
import { embedTitle } from './snippet';

/**
 * The example host page shown on /embed-api: a complete page that embeds the widget, listens to
 * its events and sends it commands. Kept as data so the docs page and a test use the same text.
 * In the docs' language: its words, and the embed's edition it frames.
 */
export function exampleHostPage(origin: string, lang: Language = getLocale()): string {
	const draftDay = new Intl.DateTimeFormat(intlLocale(lang), {
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	}).format(new Date('2022-04-15T00:00:00Z'));
	return `<!doctype html>
<html lang="${lang}">
<meta charset="utf-8">
<title>${m.pages_example_page_title({}, { locale: lang })}</title>
<iframe id="atlas" src="${origin}${localizeHref('/embed', { locale: lang })}?milestone=istanbul-communique&amp;origin=https://your-site.example"
  title="${embedTitle(lang)}"
  width="640" height="480" style="border:0" loading="lazy" allow="fullscreen"></iframe>
<p>
  <button id="mar29">${formatDay('2022-03-29')}</button>
  <button id="apr15">${m.pages_example_draft({ day: draftDay }, { locale: lang })}</button>
  <button id="state">${m.pages_example_ask_state({}, { locale: lang })}</button>
</p>
<pre id="log"></pre>
<script>
  const ATLAS = '${origin}';
  const frame = document.getElementById('atlas');
  const log = (text) => (document.getElementById('log').textContent += text + '\\n');
  const send = (message) =>
    frame.contentWindow.postMessage({ type: 'talks-atlas', v: 1, ...message }, ATLAS);

  window.addEventListener('message', (event) => {
    // ${m.pages_example_comment_origin({}, { locale: lang })}
    if (event.origin !== ATLAS || event.data?.type !== 'talks-atlas') return;
    const { event: name, state, reason, id } = event.data;
    if (name === 'ready' || name === 'statechange' || name === 'state')
      log(name + (id ? ' #' + id : '') + ': ' + state.date + ' ' + (state.milestone ?? ''));
    else if (name === 'error') log('error: ' + reason);
  });

  document.getElementById('mar29').onclick = () => send({ command: 'setDate', date: '2022-03-29' });
  document.getElementById('apr15').onclick = () =>
    send({ command: 'goToMilestone', milestone: 'draft-15-april' });
  document.getElementById('state').onclick = () => send({ command: 'getState', id: 'q1' });
</script>
</html>
`;
}
