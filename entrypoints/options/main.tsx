// The options page: renders OptionsApp in the browser's UI language.
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t, uiLang } from '../../lib/i18n';
import '../../components/shared/theme.css';

document.documentElement.lang = uiLang();
document.title = t('options_page_title');
render(<OptionsApp />, document.getElementById('app')!);
