// The modes as the charter defines them (read-only here); the mode in force is said once, by ModeSwitch above.
import type { ComponentChildren } from 'preact';
import type { CompiledCharter } from '../../core/charter/compiled';
import type { Category, Lang, Mode } from '../../core/engine/vocabulary';
import { t } from '../../shared/i18n';
import { pickLocalized } from '../../core/localized-text';
import { ModeBadge } from '../common/ModeBadge';
import { severityName } from '../common/SeverityLabel';
import styles from './ModesOverview.module.css';

interface ModesOverviewProps {
  charter: CompiledCharter;
  lang: Lang;
}

function ModeCard({ mode, children }: { mode: Mode; children: ComponentChildren }) {
  return (
    <div class={styles.card}>
      <h3>
        <ModeBadge mode={mode} />
      </h3>
      {children}
    </div>
  );
}

export function ModesOverview({ charter, lang }: ModesOverviewProps) {
  const categories = (list: readonly Category[]) => list.map((category) => t(`category_${category}`)).join(', ') || '—';
  const paths = (ids: readonly string[]) =>
    ids.map((id) => pickLocalized(charter.paths.find((path) => path.id === id)?.label, lang)?.text ?? id).join(', ') || '—';
  return (
    <div data-testid="modes-overview">
      <div class={styles.grid}>
        <ModeCard mode="normal">
          <p>{t('options_mode_normal_detail')}</p>
        </ModeCard>
        <ModeCard mode="junior">
          <ul>
            <li>{t('options_junior_block_at', severityName(charter.modes.junior.blockAt))}</li>
            <li>{t('options_junior_approved_only', categories(charter.modes.junior.approvedOnlyFor))}</li>
          </ul>
        </ModeCard>
        <ModeCard mode="crisis">
          <ul>
            <li>{t('options_crisis_escalate', categories(charter.modes.crisis.escalate))}</li>
            <li>{t('options_crisis_always_paths', paths(charter.modes.crisis.alwaysPaths))}</li>
          </ul>
        </ModeCard>
      </div>
    </div>
  );
}
