/**
 * The example host page shown on /embed-api: a complete page that embeds the widget, listens to
 * its events and sends it commands. Kept as data so the docs page and a test use the same text.
 */
export function exampleHostPage(origin: string): string {
	return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Talks Atlas embed: example host</title>
<iframe id="atlas" src="${origin}/embed?milestone=istanbul-communique&amp;origin=https://your-site.example"
  title="Talks Atlas: the 2022 Russia–Ukraine peace talks on a map"
  width="640" height="480" style="border:0" loading="lazy" allow="fullscreen"></iframe>
<p>
  <button id="mar29">29 March 2022</button>
  <button id="apr15">Draft of 15 April</button>
  <button id="state">Ask for the state</button>
</p>
<pre id="log"></pre>
<script>
  const ATLAS = '${origin}';
  const frame = document.getElementById('atlas');
  const log = (text) => (document.getElementById('log').textContent += text + '\\n');
  const send = (message) =>
    frame.contentWindow.postMessage({ type: 'talks-atlas', v: 1, ...message }, ATLAS);

  window.addEventListener('message', (event) => {
    // Only the widget's own origin, and only its messages.
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
