// The content script's view of the charter and mode: read at start, then followed as the background and options page change them.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { COMPILED_FORMAT, type CompiledCharter } from '../../../lib/core/charter/compiled';
import { watchCharterSettings, type CharterSettings } from '../../../lib/page/boxes/charter-settings';
import { compiledCharterItem } from '../../../lib/shared/storage/charter-items';
import { modeOverrideItem } from '../../../lib/shared/storage/settings-items';
import { quietedRulesItem } from '../../../lib/shared/storage/quieted-rules';

const charterNamed = (id: string) => ({ format: COMPILED_FORMAT, charter: { id } }) as unknown as CompiledCharter;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => fakeBrowser.reset());

describe('watchCharterSettings', () => {
  it('reports the stored charter and mode, then each change, until stopped', async () => {
    await compiledCharterItem.setValue(charterNamed('first'));
    const seen: CharterSettings[] = [];
    const stop = watchCharterSettings((settings) => seen.push(settings));
    await settle();
    expect(seen.at(-1)).toEqual({ charter: charterNamed('first'), modeOverride: null, quieted: [] });

    await modeOverrideItem.setValue('junior');
    await settle();
    expect(seen.at(-1)).toEqual({ charter: charterNamed('first'), modeOverride: 'junior', quieted: [] });

    await quietedRulesItem.setValue([{ charterId: 'first', ruleId: 'a.rule', at: 1 }]);
    await settle();
    expect(seen.at(-1)?.quieted).toEqual([{ charterId: 'first', ruleId: 'a.rule', at: 1 }]);

    await compiledCharterItem.setValue(charterNamed('second'));
    await settle();
    expect(seen.at(-1)?.charter?.charter.id).toBe('second');

    stop();
    const count = seen.length;
    await modeOverrideItem.setValue('crisis');
    await settle();
    expect(seen).toHaveLength(count);
  });
});
