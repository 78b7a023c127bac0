/**
 * What one import may cost. A file's size says little about what it holds (a 200 KB .docx can
 * unpack to 190 MB, a 214 KB PDF to tens of MB of text), so each format is bounded on what
 * really comes out of it, and the work runs in a worker thread bounded in time and memory.
 * Over a size limit: PAYLOAD_TOO_LARGE; unreadable, too slow or too complex: BAD_USER_INPUT.
 */

/** Largest draft accepted, in bytes: a decoded file, or pasted text in UTF-8 (CONTRACT.md). */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

/** The text taken out of a file: no more than could have been pasted (UTF-8 bytes). */
export const MAX_EXTRACTED_TEXT_BYTES = MAX_DRAFT_BYTES;

/**
 * A .docx's XML parts, inflated, in total (what the file really unpacks to, not what its zip
 * directory claims). A long law's document.xml is a few MB; 64 MB leaves room for verbose
 * Word markup around 10 MB of text.
 */
export const MAX_DOCX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * What pdf.js's decode buffers grow to over a PDF's streams (content, fonts, object streams),
 * in total. The 30-page fixture takes 0.6 MB from 126 KB; a 10 MB PDF of that kind would take
 * about 50 MB.
 */
export const MAX_PDF_DECODED_BYTES = 96 * 1024 * 1024;

/** Pages read from a PDF: the longest codes run to a few hundred. */
export const MAX_PDF_PAGES = 2000;

/**
 * Pasted text above this many bytes is parsed in a worker thread (a 145 KB law parses in about
 * 40 ms, pathological line patterns several times slower); files always are, whatever their
 * size, since their size says nothing of what they unpack to.
 */
export const OFF_THREAD_ABOVE_BYTES = 32 * 1024;

/** A worker that has not answered by then is stopped (a hostile or pathological file). */
export const WORKER_TIMEOUT_MS = 30_000;

/**
 * Heap of one worker: pdf.js reading a 10 MB PDF, or mammoth a 64 MB document.xml, fit; a file
 * built to need more is refused instead of growing the API process. Typed arrays (decoded
 * streams, inflated parts) are outside this heap: the byte limits above bound them.
 */
export const WORKER_HEAP_MB = 768;
export const WORKER_YOUNG_GENERATION_MB = 64;
