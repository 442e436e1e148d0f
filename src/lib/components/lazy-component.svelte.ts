import { errorReason } from '../error-reason';

/**
 * A component whose code is fetched when it is first needed, not with the page: `component` is
 * null until `load()` has brought it, and a failed fetch leaves a `problem` for the reader and is
 * tried again on the next `load()`.
 */
export class LazyComponent<T> {
	component: T | null = $state.raw(null);
	problem = $state('');
	loading = $state(false);
	#pending: Promise<void> | null = null;

	constructor(
		private readonly fetchModule: () => Promise<{ default: T }>,
		/** The reader's message for a failed fetch, given its reason in the page's words. */
		private readonly describeFailure: (reason: string) => string
	) {}

	load(): Promise<void> {
		if (this.#pending) return this.#pending;
		this.loading = true;
		this.#pending = this.fetchModule().then(
			(module) => {
				this.component = module.default;
				this.problem = '';
				this.loading = false;
			},
			(error: unknown) => {
				this.#pending = null;
				this.problem = this.describeFailure(errorReason(error));
				this.loading = false;
			}
		);
		return this.#pending;
	}
}
