/**
 * Performance marks and measures the app sets for the benchmark (tests/tools/bench.mjs).
 * They cost nothing to readers and make the numbers come from the real code path.
 */
export const FIRST_IDLE = 'talks-atlas:first-idle';
/** Set when the front-line view takes a new day or source; a step is measured from here. */
export const STEP_START = 'talks-atlas:step-start';
/** Synchronous work of a date step, up to and including handing the map its day. */
export const STEP_WORK = 'talks-atlas:step';
/**
 * From the step's start (`STEP_START`, set as the front-line view takes the new day, in the task
 * that applied the input) to the first frame drawn with the new day, whichever layers draw it:
 * MapLibre's render event for its layers and the day switch, the frame's time for the overlay.
 */
export const STEP_FRAME = 'talks-atlas:step-frame';
