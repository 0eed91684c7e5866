// The toolbar popup: renders PopupApp in the browser's UI language.
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { t, uiLang } from '../../lib/i18n';
import '../../components/shared/theme.css';

document.documentElement.lang = uiLang();
document.title = t('popup_title');
render(<PopupApp />, document.getElementById('app')!);
