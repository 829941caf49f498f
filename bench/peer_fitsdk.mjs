// Peer for `make bench-import`: decodes every FIT file under a folder with
// Garmin's own SDK (@garmin/fitsdk, from npm) and counts the record
// messages, so the work is not optimised away.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Decoder, Stream } from "@garmin/fitsdk";

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* walk(p);
    else yield p;
  }
}

let files = 0, records = 0;
for (const path of walk(process.argv[2])) {
  const stream = Stream.fromBuffer(readFileSync(path));
  const { messages } = new Decoder(stream).read();
  records += (messages.recordMesgs || []).length;
  files++;
}
console.log(files, records);
