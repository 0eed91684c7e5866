// The import card's state: what is being loaded, and the outcome to show (errors in full when refused).
import { useState } from 'preact/hooks';
import type { CharterMeta } from '../../shared/storage/charter-items';
import { importCharterFile, loadDemoCharter, type CharterImportOutcome } from './import-charter-file';

export type CharterImportState =
  | { kind: 'idle' }
  | { kind: 'working'; label: string }
  /** `previous` is the charter that was in force when the import started: it stays in force after a refusal. */
  | { kind: 'done'; label: string; outcome: CharterImportOutcome; previous: CharterMeta | null };

export interface CharterImport {
  state: CharterImportState;
  importFile(file: File): Promise<void>;
  loadDemo(label: string): Promise<void>;
}

/** `pin`: the manager PIN the page was unlocked with (lib/options/use-distribution-model.ts). */
export function useCharterImport(current: CharterMeta | null, pin?: string): CharterImport {
  const [state, setState] = useState<CharterImportState>({ kind: 'idle' });
  const run = async (label: string, task: () => Promise<CharterImportOutcome>) => {
    const previous = current;
    setState({ kind: 'working', label });
    setState({ kind: 'done', label, outcome: await task(), previous });
  };
  return {
    state,
    importFile: (file) => run(file.name, () => importCharterFile(file, pin)),
    loadDemo: (label) => run(label, () => loadDemoCharter(pin)),
  };
}
