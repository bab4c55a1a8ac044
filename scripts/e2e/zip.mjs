// The entries of a .vsix (a zip file), read with jszip.
import * as fs from 'node:fs';
import JSZip from 'jszip';

/** The names of the files a .vsix holds, and a reader of each one's text. */
export async function readVsix(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return {
    names: Object.values(zip.files).filter(entry => !entry.dir).map(entry => entry.name),
    text: name => zip.file(name)?.async('string'),
  };
}
