// Writes charters/charter.schema.json (JSON Schema of the charter format) from the zod schema, for editors' autocompletion.
//   npx tsx scripts/write-charter-schema.ts        (a unit test checks the committed file is current)
import { writeFileSync } from 'node:fs';
import { charterJsonSchema } from '../lib/core/charter/json-schema';

writeFileSync('charters/charter.schema.json', `${JSON.stringify(charterJsonSchema(), null, 2)}\n`);
console.log('wrote charters/charter.schema.json');
