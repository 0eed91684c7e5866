// The charter format as a JSON Schema document, generated from the zod schema so the two never disagree.
import { z } from 'zod';
import { charterSchema } from './schema';

export function charterJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(charterSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
    $id: 'https://gardefou.example/charter.schema.json',
    title: 'Gardefou charter',
    description: 'A brand charter for Gardefou: escalation paths, approved phrasings and rules (schemaVersion 1).',
  };
}
