// Messages between the page and the extraction worker. The worker owns the library and its
// language model, so a long article never freezes the page.
import type { AuditClaim, AuditResult, Extraction, ExtractOptions } from '../../src/index.js';

export type WorkerRequest =
  | { id: number; kind: 'extract'; text: string; options?: ExtractOptions }
  | { id: number; kind: 'audit'; text: string; claim: AuditClaim; options?: ExtractOptions }
  /** The extraction as the library's JSON, for comparing the browser with Node byte for byte. */
  | { id: number; kind: 'extract-json'; text: string };

export type WorkerResponse =
  | { kind: 'ready'; ms: number }
  | { kind: 'extract'; id: number; extraction: Extraction; ms: number }
  | { kind: 'audit'; id: number; result: AuditResult; ms: number }
  | { kind: 'extract-json'; id: number; json: string }
  | { kind: 'error'; id: number | null; message: string };
