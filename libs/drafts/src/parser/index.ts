export type { DocType, Outline, OutlineNode, ProvisionKind } from './types';
export { parseLegalText } from './parse-legal-text';
export { normalizeText } from './normalize';
export { parseWarnings, toParseWarnings } from './warnings';
export type { ParseWarning, ParseWarningCode } from './warnings';
