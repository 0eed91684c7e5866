// What is stored beside every compiled charter put in force: its source text and the fingerprint of the build that
// compiled it, so a later version of Gardefou can rebuild it with its own packs (recompile-charter.ts).
import { compiledFingerprint } from '../../core/charter/compiled-fingerprint';
import { charterBuildItem, charterSourceTextItem, type CharterBuild } from '../../shared/storage/charter-source';

/** The storage.setItems entries that go with a compiled charter compiled from `text` by this build. */
export function keptSourceEntries(text: string, fingerprint: string = compiledFingerprint()) {
  const build: CharterBuild = { fingerprint };
  return [
    { item: charterSourceTextItem, value: text },
    { item: charterBuildItem, value: build },
  ];
}
