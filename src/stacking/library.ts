/** The library name and version recorded in every decision's context (kept equal to package.json by a test). */
export const LIBRARY_VERSION = 'microcred@0.1.0';
