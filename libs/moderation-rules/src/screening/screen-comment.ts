import type { ModerationOptions } from '../moderation.options';
import { screenAbusiveLanguage } from './abusive-language';
import { floodHash } from './flood';
import { screenLinks } from './links';
import { moderationReasons } from './moderation-reasons';
import { maskPersonalData } from './personal-data';
import { screeningText } from './screening-view';
import type { RuleResult, ScreeningFinding, ScreeningRule } from './screening.types';

export interface ScreeningInput {
  /** NFC body and proposed text, as they will be stored. */
  body: string;
  proposedText: string | null;
}

export interface ScreeningResult {
  /** Body and proposed text with personal data masked; null when nothing was masked. */
  maskedBody: string | null;
  maskedProposedText: string | null;
  findings: ScreeningFinding[];
  /** True when a rule asks for a moderator before anyone else sees the comment. */
  hold: boolean;
  /** Shown to the author (and moderators) when held: which rules held it. */
  reason: string | null;
  /** The reason to show if the flood rule holds it too (the caller or the statement decides). */
  reasonWithFlood: string;
  /** The body's flood hash (stored; compared with the author's recent comments). */
  floodHash: string;
}

/** The text shown to the author of a comment held by these rules (code HELD_BY_SCREENING). */
export function holdReason(rules: readonly ScreeningRule[]): string {
  return moderationReasons.heldByScreening(rules);
}

/**
 * The screening rules that need nothing but the text: pure CPU, no I/O. Personal data is
 * masked, never a reason to hold; abusive language and links hold the comment as PENDING.
 * The flood rule needs the author's recent comments: this computes the text's flood hash,
 * and the caller applies screenFlood (the edit path) or the post statement does (in SQL).
 */
export function screenComment(
  input: ScreeningInput,
  options: Pick<ModerationOptions, 'maxLinks' | 'deniedDomains'>,
): ScreeningResult {
  const body = maskPersonalData(input.body);
  const proposed = input.proposedText ? maskPersonalData(input.proposedText) : { masked: null, findings: [] };
  // Rules read what a person reads: full-width letters as letters, no invisible characters.
  const texts = screeningText(input.proposedText ? `${input.body}\n${input.proposedText}` : input.body);
  const results: RuleResult[] = [
    { findings: mergeCounts([...body.findings, ...proposed.findings]), hold: false },
    screenAbusiveLanguage(texts),
    screenLinks(texts, options),
  ];
  const findings = results.flatMap((r) => r.findings);
  const held = [...new Set(results.filter((r) => r.hold).flatMap((r) => r.findings.map((f) => f.rule)))];
  return {
    maskedBody: body.masked,
    maskedProposedText: proposed.masked,
    findings,
    hold: held.length > 0,
    reason: held.length ? holdReason(held) : null,
    reasonWithFlood: holdReason([...held, 'FLOOD']),
    floodHash: floodHash(screeningText(input.body)),
  };
}

/** One finding per kind, however many texts it was found in. */
function mergeCounts(findings: ScreeningFinding[]): ScreeningFinding[] {
  const byKind = new Map<string, ScreeningFinding>();
  for (const f of findings) {
    const seen = byKind.get(f.kind);
    byKind.set(f.kind, seen ? { ...seen, count: seen.count + f.count } : f);
  }
  return [...byKind.values()];
}
