/**
 * The span of the front-line data, known before any file loads so a URL can be checked at once.
 * A unit test keeps these equal to what the pipeline wrote into the index.
 */
export const DATA_FIRST = '2022-02-24';
export const DATA_LAST = '2026-08-21';
export const ISW_LAST = '2022-11-30';

/** The window of the spring-2022 talks, given most of the scrubber by default. */
export const TALKS_FIRST = '2022-02-24';
export const TALKS_LAST = '2022-05-31';

export const DEFAULT_DATE = TALKS_FIRST;
