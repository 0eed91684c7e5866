// The toolbar popup: renders PopupApp in the browser's UI language.
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { uiLang } from '../../lib/i18n';
import '../../components/shared/theme.css';

document.documentElement.lang = uiLang();
render(<PopupApp />, document.getElementById('app')!);
