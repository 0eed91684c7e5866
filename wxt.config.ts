import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    commands: {
      // Opens the popup from the keyboard while the CM is typing in a reply box.
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+G', mac: 'Alt+Shift+G' },
        description: '__MSG_popup_command_description__',
      },
    },
  },
});
