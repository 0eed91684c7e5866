// The options page: renders OptionsApp in the browser's UI language.
import { render } from 'preact';
import { OptionsApp } from '../../lib/extension-pages/options/OptionsApp';
import { t, uiLang } from '../../lib/shared/i18n';
import '../../lib/extension-pages/common/theme.css';

document.documentElement.lang = uiLang();
document.title = t('options_page_title');
render(<OptionsApp />, document.getElementById('app')!);
