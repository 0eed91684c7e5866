// The toolbar popup: renders PopupApp in the browser's UI language.
import { render } from 'preact';
import { PopupApp } from '../../lib/extension-pages/popup/PopupApp';
import { t, uiLang } from '../../lib/shared/i18n';
import '../../lib/extension-pages/common/theme.css';

document.documentElement.lang = uiLang();
document.title = t('popup_title');
render(<PopupApp />, document.getElementById('app')!);
