// The popup's "This is wrong": which finding the CM is reporting, and the read of its flagged passage, offered to the dialog,
// which calls it only once the CM ticks "attach the text".
import { useState } from 'preact/hooks';
import type { Finding } from '../../core/engine/types';
import { findingKey } from './group-findings';
import { requestFlaggedText } from './content-client';

/** The finding as it was when the CM opened the report: the dialog stays even if the draft changes under it. */
export interface ReportedFinding {
  key: string;
  ruleId: string;
  start: number;
  end: number;
  message: string;
  /** The box it was found in: the passage is read from that box even if the CM has moved to another since. */
  target: { tabId: number; boxId: string } | null;
}

export interface FalsePositiveReports {
  reporting: ReportedFinding | null;
  open(finding: Finding): void;
  close(): void;
  /** Reads the reported finding's passage from the page; absent without a box to read from. */
  readFlaggedText?: () => Promise<string | null>;
}

export function useFalsePositiveReports(target: { tabId: number; boxId: string } | null): FalsePositiveReports {
  const [reporting, setReporting] = useState<ReportedFinding | null>(null);
  const from = reporting?.target;
  return {
    reporting,
    open: (finding) =>
      setReporting({ key: findingKey(finding), ruleId: finding.ruleId, start: finding.start, end: finding.end, message: finding.message, target }),
    close: () => setReporting(null),
    readFlaggedText: from && reporting ? () => requestFlaggedText(from.tabId, from.boxId, reporting) : undefined,
  };
}
