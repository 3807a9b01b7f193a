import { z } from 'zod';
import { obj } from './common.js';

/** `plenary export --format json`: streamed as it is read, so described here but not checked per answer. */
export const DumpSchema = obj({
  format: z.literal('plenary-journal'),
  version: z.number().int(),
  head: obj({ seq: z.number().int(), hash: z.string() }).nullable(),
  entries: z.array(
    z.looseObject({
      seq: z.number().int(),
      recordedAt: z.string(),
      prevHash: z.string(),
      hash: z.string(),
      act: z.looseObject({ kind: z.string() }),
    }),
  ),
}).meta({ id: 'JournalDump' });
