// The one name of each charter source, used by the popup, the charter facts, the problem line and the source list alike.
import type { CharterSource } from '../../shared/storage/charter-items';
import { t } from '../../shared/i18n';

export function charterSourceName(source: CharterSource): string {
  return t(`popup_source_${source}`);
}
