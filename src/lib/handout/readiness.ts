import { m } from '../paraglide/messages';

/** Where a printed map stands: arrived, still on its way, or failed (a placeholder prints). */
export type MapState = 'loading' | 'ready' | 'failed';

/** The part of an <img> the handout reads; a test can pass a plain object. */
export interface MapImage {
	complete: boolean;
	naturalWidth: number;
	decode(): Promise<void>;
}

export function mapState(image: MapImage): MapState {
	if (!image.complete) return 'loading';
	return image.naturalWidth > 0 ? 'ready' : 'failed';
}

export interface Readiness {
	ready: number;
	failed: number;
	loading: number;
}

export function countStates(states: readonly MapState[]): Readiness {
	return {
		ready: states.filter((s) => s === 'ready').length,
		failed: states.filter((s) => s === 'failed').length,
		loading: states.filter((s) => s === 'loading').length
	};
}

/**
 * Waits until every map has arrived or failed, or `timeoutMs` passes: printing must not wait
 * for ever on a stalled school network, and what has not arrived prints as a placeholder.
 */
export async function settleMaps(
	images: readonly MapImage[],
	timeoutMs: number
): Promise<Readiness> {
	const settled = Promise.all(images.map((image) => image.decode().catch(() => undefined)));
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
	await Promise.race([settled, timeout]);
	clearTimeout(timer);
	return countStates(images.map(mapState));
}

/** The line the handout's status shows, and that a teacher reads before printing. */
export function readinessText({ ready, failed, loading }: Readiness): string {
	const total = ready + failed + loading;
	if (loading > 0) return m.handout_status_loading({ ready, total });
	if (failed > 0) return m.handout_status_failed({ failed, total });
	return m.handout_status_ready({ total });
}
