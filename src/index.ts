// The public surface: re-exports only. A test pins this list.
export { extract } from './extract.js';
export { QuoteExtractionError, isQuoteExtractionError } from './errors.js';
export type { QuoteExtractionErrorCode } from './errors.js';
export { audit } from './audit/audit.js';
export type { AuditChange, AuditClaim, AuditMatch, AuditOptions, AuditResult, AuditVerdict } from './audit/audit.js';
export type { AttributionRuleId, FindingRuleId, RuleId } from './rules/catalogue.js';
export type {
  ContentKind,
  Cue,
  Extraction,
  ExtractOptions,
  Quote,
  QuoteContext,
  QuoteSpeaker,
  QuoteType,
  Scope,
  Span,
  Speaker,
  SpeakerKind,
  Warning,
  WarningCode,
} from './types.js';
