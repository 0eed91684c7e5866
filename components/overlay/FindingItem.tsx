// One finding in a card: severity and category, the charter's message and clause, the approved wording when the rule has one.
import type { Finding } from '../../lib/engine/types';
import { t } from '../../lib/i18n';
import { SEVERITY_COLORS } from '../../lib/overlay/severity-colors';
import { CATEGORY_LABEL_KEYS, SEVERITY_LABEL_KEYS } from './labels';

export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li class="finding" data-rule={finding.ruleId} style={{ '--finding-color': SEVERITY_COLORS[finding.severity] }}>
      <div class="finding-head">
        <span>{t(SEVERITY_LABEL_KEYS[finding.severity])}</span>
        <span>· {t(CATEGORY_LABEL_KEYS[finding.category])}</span>
        {finding.wholeDraft && <span>· {t('overlay_whole_reply')}</span>}
      </div>
      <div class="finding-message">{finding.message}</div>
      {finding.clause && <div class="finding-meta">{finding.clause}</div>}
      {finding.replacement && <div class="finding-replacement">{t('overlay_replacement', finding.replacement)}</div>}
    </li>
  );
}
