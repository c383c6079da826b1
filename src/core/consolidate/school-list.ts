/**
 * A list of expected schools as a person gives it: typed one per line, a .txt file, a .csv (its
 * first column), or a JSON array of names. Blank lines, # comments and a header cell
 * («Школа», «Наименование», «School») are skipped; repeats are dropped.
 */

const HEADER = /^(школа|школы|наименование( (школы|оо|организации|учреждения))?|название|оо|организация|учреждение|school|schools|name)$/i;

export function parseSchoolList(text: string, format: 'lines' | 'csv' = 'lines'): string[] {
  const clean = text.replace(/^\uFEFF/, '');
  const trimmed = clean.trim();
  if (trimmed.startsWith('[')) {
    try {
      const json: unknown = JSON.parse(trimmed);
      if (Array.isArray(json)) return unique(json.filter((x): x is string => typeof x === 'string').map((x) => x.trim()));
    } catch {
      // Not JSON after all: read it as lines.
    }
  }
  const lines = clean.split(/\r?\n/).map((l) => (format === 'csv' ? firstCsvField(l) : l).trim());
  const names = lines.filter((l) => l && !l.startsWith('#'));
  if (names.length && HEADER.test(names[0])) names.shift();
  return unique(names);
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
    if (!n || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first field of a CSV line: quoted ("a; b") or up to the first ; , or tab. */
function firstCsvField(line: string): string {
  const text = line.trim();
  if (text.startsWith('"')) {
    let out = '';
    for (let i = 1; i < text.length; i++) {
      if (text[i] === '"') {
        if (text[i + 1] === '"') {
          out += '"';
          i++;
        } else return out;
      } else out += text[i];
    }
    return out;
  }
  const end = text.search(/[;,\t]/);
  return end < 0 ? text : text.slice(0, end);
}
