// The exports a manager opens in a spreadsheet: BOM, header, chosen separator, RFC 4180 quoting, formula guard; and the JSON document.
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/extension-pages/statistics/csv';
import { csvExport, jsonExport, STATS_JSON_FORMAT } from '../../../lib/extension-pages/statistics/stats-export';
import type { StatsExportRows } from '../../../lib/shared/stats/stats-records';

const at = (hour: number, minute = 0) => new Date(2026, 4, 4, hour, minute, 5).getTime();
const exportedAt = new Date(2026, 4, 5, 9).getTime();

const data: StatsExportRows = {
  rules: [
    {
      day: '2026-05-04',
      platform: 'x',
      ruleId: 'tone.hype',
      category: 'overmarketing',
      shown: 4,
      fixed: 1,
      overridden: { false_positive: 1, context_ok: 0, approved_by_lead: 2 },
      falsePositiveReports: 1,
      quieted: 3,
      restored: 1,
    },
    {
      day: '2026-05-03',
      platform: 'facebook',
      ruleId: 'perimeter.refund',
      category: 'out_of_perimeter',
      shown: 2,
      fixed: 2,
      overridden: { false_positive: 0, context_ok: 0, approved_by_lead: 0 },
      falsePositiveReports: 0,
      quieted: 0,
      restored: 0,
    },
  ],
  phrasings: [{ day: '2026-05-04', platform: 'x', phrasingId: 'FR 1.1', pathId: null, inserted: 3 }],
  escalations: [{ id: 1, day: '2026-05-04', at: at(14, 30), platform: 'linkedin', pathId: 'legal', category: 'legal', team: 'Juridique; contentieux' }],
  falsePositiveReports: [
    {
      id: 1,
      day: '2026-05-04',
      at: at(16),
      platform: 'x',
      ruleId: 'tone.hype',
      category: 'overmarketing',
      reason: 'harmless_meaning',
      attachedText: 'Elle a dit "génial", vraiment,\nsur deux lignes',
    },
  ],
};

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks, and leaves plain values alone', () => {
    expect(csvCell('plain', ';')).toBe('plain');
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvCell(' padded ', ',')).toBe('" padded "');
    expect(csvCell(12, ',')).toBe('12');
    expect(csvCell(null, ',')).toBe('');
  });

  it('keeps a cell that looks like a formula from running in the spreadsheet', () => {
    expect(csvCell('=HYPERLINK("http://evil")', ',')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+33 1 23', ',')).toBe("'+33 1 23");
    expect(csvCell('@cmd', ';')).toBe("'@cmd");
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark, then the header, with CRLF line ends', () => {
    const csv = toCsv(['a', 'b'], [[1, 'é']], ';');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFa;b\r\n1;é\r\n');
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('csvExport', () => {
  it('writes one row per day × platform × rule, oldest first, with the documented columns', () => {
    const file = csvExport(data, 'rules', ';', { exportedAt, days: 30 });
    expect(file.name).toBe('gardefou-stats-rules-2026-05-05.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.content.replace('\uFEFF', '').split('\r\n')).toEqual([
      'day;platform;rule_id;category;shown;fixed;overridden;overridden_false_positive;overridden_context_ok;overridden_approved_by_lead;false_positive_reports;quieted;restored',
      '2026-05-03;facebook;perimeter.refund;out_of_perimeter;2;2;0;0;0;0;0;0;0',
      '2026-05-04;x;tone.hype;overmarketing;4;1;3;1;0;2;1;3;1',
      '',
    ]);
  });

  it('exports escalations, phrasings and reports as their own tables, quoting what needs it', () => {
    const escalations = csvExport(data, 'escalations', ';', { exportedAt }).content;
    expect(escalations).toBe('\uFEFFday;time;platform;path_id;category;team\r\n2026-05-04;14:30:05;linkedin;legal;legal;"Juridique; contentieux"\r\n');
    const phrasings = csvExport(data, 'phrasings', ',', { exportedAt }).content;
    expect(phrasings).toBe('\uFEFFday,platform,phrasing_id,path_id,inserted\r\n2026-05-04,x,FR 1.1,,3\r\n');
    const reports = csvExport(data, 'false_positive_reports', ',', { exportedAt });
    expect(reports.name).toBe('gardefou-stats-false-positive-reports-2026-05-05.csv');
    expect(reports.content).toBe(
      '\uFEFFday,time,platform,rule_id,category,reason,attached_text\r\n' +
        '2026-05-04,16:00:05,x,tone.hype,overmarketing,harmless_meaning,"Elle a dit ""génial"", vraiment,\nsur deux lignes"\r\n',
    );
  });
});

describe('jsonExport', () => {
  it('holds every table as objects with the CSV column names, numbers as numbers', () => {
    const file = jsonExport(data, { exportedAt, days: 7 });
    expect(file.name).toBe('gardefou-stats-2026-05-05.json');
    const document = JSON.parse(file.content);
    expect(document.format).toBe(STATS_JSON_FORMAT);
    expect(document.periodDays).toBe(7);
    expect(document.exportedAt).toBe(new Date(exportedAt).toISOString());
    expect(document.rules[1]).toEqual({
      day: '2026-05-04',
      platform: 'x',
      rule_id: 'tone.hype',
      category: 'overmarketing',
      shown: 4,
      fixed: 1,
      overridden: 3,
      overridden_false_positive: 1,
      overridden_context_ok: 0,
      overridden_approved_by_lead: 2,
      false_positive_reports: 1,
      quieted: 3,
      restored: 1,
    });
    expect(document.phrasings).toEqual([{ day: '2026-05-04', platform: 'x', phrasing_id: 'FR 1.1', path_id: null, inserted: 3 }]);
    expect(document.escalations[0]).toMatchObject({ path_id: 'legal', team: 'Juridique; contentieux', time: '14:30:05' });
    expect(document.falsePositiveReports[0]).toMatchObject({ rule_id: 'tone.hype', reason: 'harmless_meaning', attached_text: data.falsePositiveReports[0].attachedText });
  });
});
