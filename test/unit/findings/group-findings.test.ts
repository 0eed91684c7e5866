// Findings grouped by severity for the popup, and the override request that leaves only ids and a reason.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/core/engine/types';
import { DISMISS_REASONS, isDismissReason } from '../../../lib/shared/messaging/dismiss-reason';
import { buildDismissRequest } from '../../../lib/shared/messaging/dismiss-request';
import { countBySeverity, findingKey, groupFindingsBySeverity } from '../../../lib/extension-pages/popup/group-findings';

const finding = (ruleId: string, severity: Finding['severity'], start: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  category: 'out_of_perimeter',
  severity,
  start,
  end: start + 4,
  message: `message of ${ruleId}`,
  ...extra,
});

describe('groupFindingsBySeverity', () => {
  it('orders groups error, warning, info and leaves empty ones out', () => {
    const groups = groupFindingsBySeverity([finding('a', 'info', 0), finding('b', 'error', 5), finding('c', 'info', 2)]);
    expect(groups.map((group) => group.severity)).toEqual(['error', 'info']);
    expect(groups[1].findings.map((entry) => entry.ruleId)).toEqual(['a', 'c']);
  });

  it('sorts by position, whole-draft findings last, then by rule id', () => {
    const groups = groupFindingsBySeverity([
      finding('whole', 'warning', 0, { wholeDraft: true }),
      finding('late', 'warning', 30),
      finding('z-early', 'warning', 3),
      finding('a-early', 'warning', 3),
    ]);
    expect(groups[0].findings.map((entry) => entry.ruleId)).toEqual(['a-early', 'z-early', 'late', 'whole']);
  });

  it('gives nothing for a clean draft and does not touch its input', () => {
    expect(groupFindingsBySeverity([])).toEqual([]);
    const input = [finding('b', 'info', 9), finding('a', 'info', 1)];
    groupFindingsBySeverity(input);
    expect(input.map((entry) => entry.ruleId)).toEqual(['b', 'a']);
  });

  it('counts per severity', () => {
    expect(countBySeverity([finding('a', 'error', 0), finding('b', 'error', 1), finding('c', 'info', 2)])).toEqual({ error: 2, warning: 0, info: 1 });
  });

  it('keys the same rule at two places apart', () => {
    expect(findingKey(finding('a', 'error', 0))).not.toBe(findingKey(finding('a', 'error', 10)));
  });
});

describe('buildDismissRequest', () => {
  it('carries the box id, rule id, start offset and reason, and nothing of the finding text', () => {
    const secret = finding('fr.perimeter.refund', 'error', 12, { message: 'on vous rembourse demain', replacement: 'Notre service client étudiera' });
    const request = buildDismissRequest('box-7', secret, 'approved_by_lead');
    expect(request).toEqual({ type: 'gardefou:dismiss-finding', boxId: 'box-7', ruleId: 'fr.perimeter.refund', start: 12, reason: 'approved_by_lead' });
    const serialized = JSON.stringify(request);
    expect(serialized).not.toContain('rembourse');
    expect(serialized).not.toContain('étudiera');
  });

  it('knows the three reasons and nothing else', () => {
    expect(DISMISS_REASONS).toEqual(['false_positive', 'context_ok', 'approved_by_lead']);
    expect(isDismissReason('context_ok')).toBe(true);
    expect(isDismissReason('because')).toBe(false);
  });
});
