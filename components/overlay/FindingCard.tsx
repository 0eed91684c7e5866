// The card shown over the badge (every open finding) or over an underlined span (that finding), with the escalation paths.
import type { Finding } from '../../lib/engine/types';
import type { Mode } from '../../lib/engine/vocabulary';
import { t } from '../../lib/i18n';
import type { PathView } from '../../lib/overlay/path-view';
import { FindingItem } from './FindingItem';
import { MODE_KEYS } from './labels';
import { PathItem } from './PathItem';

export interface CardPlacement {
  left: number;
  top?: number;
  bottom?: number;
}

export interface FindingCardProps {
  placement: CardPlacement;
  readable: boolean;
  /** The findings to list: all of them from the badge, the hovered one from a span. */
  findings: readonly Finding[];
  paths: readonly PathView[];
  mode: Mode;
  source: 'badge' | 'span';
}

export function FindingCard({ placement, readable, findings, paths, mode, source }: FindingCardProps) {
  const modeLine = MODE_KEYS[mode]?.line;
  const style = {
    left: `${placement.left}px`,
    ...(placement.top !== undefined ? { top: `${placement.top}px` } : {}),
    ...(placement.bottom !== undefined ? { bottom: `${placement.bottom}px` } : {}),
  };
  return (
    <div class="card" role="tooltip" data-source={source} style={style}>
      {!readable ? (
        <section>{t('overlay_unreadable_detail')}</section>
      ) : (
        <>
          <section>
            {source === 'badge' && <h3>{t('overlay_findings_title')}</h3>}
            {findings.length > 0 ? (
              <ul>
                {findings.map((finding) => (
                  <FindingItem key={`${finding.ruleId}:${finding.start}`} finding={finding} />
                ))}
              </ul>
            ) : (
              <div>{t('overlay_no_findings')}</div>
            )}
          </section>
          {paths.length > 0 && (
            <section>
              <h3>{t('overlay_paths_title')}</h3>
              <ul>
                {paths.map((path) => (
                  <PathItem key={path.id} path={path} />
                ))}
              </ul>
            </section>
          )}
          {modeLine && (
            <section class="mode-line" data-mode={mode}>
              {t(modeLine)}
            </section>
          )}
        </>
      )}
    </div>
  );
}
