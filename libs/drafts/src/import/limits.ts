/** Largest draft accepted, in bytes: a decoded file, or pasted text in UTF-8 (CONTRACT.md). */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

/**
 * Inputs above this size are extracted and parsed in a worker thread, so one officer's 8 MB
 * PDF does not stall every other request; below it the thread hop costs more than it saves.
 */
export const OFF_THREAD_ABOVE_BYTES = 256 * 1024;

/** A .docx whose parts unpack to more than this is refused (a zip bomb, not a draft). */
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** A worker that has not answered by then is stopped (a hostile or pathological file). */
export const WORKER_TIMEOUT_MS = 60_000;
