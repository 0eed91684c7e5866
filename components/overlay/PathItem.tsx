// One escalation path in a card: who owns the message, where to raise it and how fast.
import { t } from '../../lib/i18n';
import type { PathView } from '../../lib/overlay/path-view';

export function PathItem({ path }: { path: PathView }) {
  return (
    <li class="path" data-path={path.id} data-category={path.category}>
      <div class="path-label">{path.label}</div>
      {path.team && <div class="path-line">{t('overlay_path_team', path.team)}</div>}
      {path.channel && <div class="path-line">{t('overlay_path_channel', path.channel)}</div>}
      {path.sla && <div class="path-line">{t('overlay_path_sla', path.sla)}</div>}
      {path.secondPairOfEyes && <div class="path-line">{t('overlay_path_second_eyes')}</div>}
      {path.clause && <div class="path-line">{path.clause}</div>}
    </li>
  );
}
