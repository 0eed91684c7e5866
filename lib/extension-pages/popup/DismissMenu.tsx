// "Dismiss…" and its menu of reasons; arrow keys move, Enter picks, Escape closes and gives focus back to the button.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DismissReason } from '../../shared/messaging/dismiss-reason';
import { DISMISS_REASONS } from '../../shared/messaging/dismiss-reason';
import { t } from '../../shared/i18n';
import { Button } from '../common/Button';
import styles from './DismissMenu.module.css';

interface DismissMenuProps {
  /** Distinguishes the menu's ids from other findings' menus. */
  idBase: string;
  /** Names the finding for assistive technology, e.g. its message. */
  findingLabel: string;
  onDismiss(reason: DismissReason): void;
}

export function DismissMenu({ idBase, findingLabel, onDismiss }: DismissMenuProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = `${idBase}-menu`;

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  // Focus moves into the menu before the next key press can arrive.
  useLayoutEffect(() => {
    if (open) items()[0]?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node) && event.target !== buttonRef.current) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const moveTo = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'Escape') close(true);
    else if (event.key === 'ArrowDown') moveTo(at + 1);
    else if (event.key === 'ArrowUp') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(list.length - 1);
    else if (event.key === 'Tab') close(false);
    else return;
    // Keeps Escape and the arrows from reaching the phrasing list or closing the popup.
    if (event.key !== 'Tab') {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <div class={styles.wrap}>
      <Button
        variant="quiet"
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('finding_dismiss_label', findingLabel)}
        data-testid="dismiss-button"
        onClick={() => setOpen(!open)}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t('finding_dismiss')}
      </Button>
      {open ? (
        <ul class={styles.menu} id={menuId} role="menu" aria-label={t('finding_dismiss_reason_heading')} ref={menuRef} onKeyDown={onMenuKeyDown}>
          <li class={styles.heading} role="presentation" aria-hidden="true">
            {t('finding_dismiss_reason_heading')}
          </li>
          {DISMISS_REASONS.map((reason) => (
            <li role="none" key={reason}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                class={styles.item}
                data-reason={reason}
                onClick={() => {
                  close(true);
                  onDismiss(reason);
                }}
              >
                {t(`finding_reason_${reason}`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
