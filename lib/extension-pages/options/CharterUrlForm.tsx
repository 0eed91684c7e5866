// The manager's charter URL: set it (asking the browser for the site's access), check it now, or remove it.
import { useEffect, useState } from 'preact/hooks';
import type { DistributionModel } from './use-distribution-model';
import { t } from '../../shared/i18n';
import { ActionForm } from '../common/ActionForm';
import { Button } from '../common/Button';
import { DistributionResult } from './DistributionResult';
import { LockedNote } from './LockedNote';
import styles from './Distribution.module.css';

export function CharterUrlForm({ model }: { model: DistributionModel }) {
  const [url, setUrl] = useState(model.managerUrl ?? '');
  useEffect(() => setUrl(model.managerUrl ?? ''), [model.managerUrl]);
  const lock = model.locks['charter-url'];
  const busy = model.busy !== null;
  const save = () => {
    if (url.trim()) model.saveUrl(url.trim());
  };
  return (
    <div data-testid="charter-url">
      <h3 class={styles.subhead}>{t('distribution_url_title')}</h3>
      <p class={styles.note}>{t('distribution_url_intro')}</p>
      <LockedNote lock={lock} testId="charter-url-locked" />
      <ActionForm class={styles.row} onSubmit={save}>
        <label class={`${styles.field} ${styles.wide}`}>
          {t('distribution_url_label')}
          <input
            type="url"
            placeholder="https://intranet.example.com/charte.json"
            value={url}
            disabled={lock !== null}
            data-testid="charter-url-input"
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
        </label>
        <Button variant="primary" disabled={lock !== null || busy || url.trim() === ''} data-testid="charter-url-save" onClick={save}>
          {t('distribution_url_save')}
        </Button>
        <Button disabled={busy} data-testid="charter-refresh" onClick={model.refresh}>
          {t('distribution_url_check_now')}
        </Button>
        {model.managerUrl ? (
          <Button variant="quiet" disabled={lock !== null || busy} data-testid="charter-url-remove" onClick={model.removeUrl}>
            {t('distribution_url_remove')}
          </Button>
        ) : null}
      </ActionForm>
      {model.managerUrl && model.urlAccess === false ? (
        <p class={styles.note} data-testid="charter-url-cors">
          {t('distribution_url_no_access')}{' '}
          {model.urlAccessAskable ? (
            <Button variant="quiet" disabled={lock !== null} data-testid="charter-url-grant" onClick={model.grantAccess}>
              {t('distribution_url_grant')}
            </Button>
          ) : null}
        </p>
      ) : null}
      {model.managerUrl && model.urlAccess === true ? (
        <p class={styles.note} data-testid="charter-url-access">
          {t('distribution_url_has_access')}
        </p>
      ) : null}
      <DistributionResult result={model.result} actions={['url', 'refresh']} />
    </div>
  );
}
