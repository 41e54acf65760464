/** Below this confidence a verdict is said as a likelihood ("probably"); at or above it, plainly. */
export const UNSURE_BELOW = 0.9;
