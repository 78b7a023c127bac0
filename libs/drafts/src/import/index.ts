export { parseDraftSource } from './parse-draft-source';
export type { ParseDraftOptions } from './parse-draft-source';
export type { DraftSource } from './read-source';
export { extractText } from './extract-text';
export { kindFromFilename } from './file-kind';
export type { FileKind } from './file-kind';
export { MAX_DRAFT_BYTES } from './limits';
