// The shape of `.resolution-record.json`, as schemas/resolution-record.schema.json states it,
// checked on the parsed value.
// SWAP: this hand-written check stands in for the validator that ajv will compile from the schema at
// build time (another branch). It answers as ajv does, with a path into the value and a message per
// violation, so recordFile.ts maps either to places in the text; replace checkRecordShape by the
// compiled validator and a mapping of its errors to ShapeViolation.

export type JsonPath = (string | number)[];

export interface ShapeViolation {
  readonly path: JsonPath;
  /** The violation is the property's name (an unknown field), not its value. */
  readonly key?: boolean;
  readonly zh: string;
  readonly en: string;
}

/** The fields of an entry, each required; the schema's `required` lists the same. */
export const RECORD_ENTRY_FIELDS = ['number', 'date', 'title', 'source'] as const;
export const RECORD_TOP_FIELDS = ['$schema', 'resolutions'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** YYYY-MM-DD naming a day that exists (2026-02-30 does not). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkField(name: string, value: unknown, path: JsonPath): ShapeViolation | undefined {
  switch (name) {
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? undefined
        : { path, zh: '“number”应为正整数（如 2822）', en: '"number" must be a positive whole number (2822)' };
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? undefined
        : { path, zh: '“date”应为实际存在的日期，写作 YYYY-MM-DD（如 2026-06-23）', en: '"date" must be a real date written YYYY-MM-DD (2026-06-23)' };
    default:
      return typeof value === 'string' && value.trim() ? undefined
        : { path, zh: `“${name}”应为非空字符串`, en: `"${name}" must be a non-empty string` };
  }
}

function checkEntry(entry: unknown, index: number, violations: ShapeViolation[]): void {
  const path = ['resolutions', index];
  if (!isObject(entry)) {
    violations.push({ path, zh: `第 ${index + 1} 项应为对象`, en: `entry ${index + 1} must be an object` });
    return;
  }
  for (const [name, value] of Object.entries(entry)) {
    if (!(RECORD_ENTRY_FIELDS as readonly string[]).includes(name)) {
      violations.push({ path: [...path, name], key: true, zh: `未知字段“${name}”（可用：${RECORD_ENTRY_FIELDS.join(', ')}）`, en: `unknown field "${name}" (fields: ${RECORD_ENTRY_FIELDS.join(', ')})` });
      continue;
    }
    const violation = checkField(name, value, [...path, name]);
    if (violation) violations.push(violation);
  }
  const missing = RECORD_ENTRY_FIELDS.filter(name => !(name in entry));
  if (missing.length > 0) {
    const list = missing.join(', ');
    violations.push({ path, zh: `第 ${index + 1} 项缺少 ${list}：每项都须有编号、日期、标题和来源`, en: `entry ${index + 1} lacks ${list}: each entry needs a number, date, title and source` });
  }
}

/** Every way the value departs from the schema; none for a well-formed record file. */
export function checkRecordShape(value: unknown): ShapeViolation[] {
  const violations: ShapeViolation[] = [];
  if (!isObject(value) || !Array.isArray(value.resolutions)) {
    const path = isObject(value) && 'resolutions' in value ? ['resolutions'] : [];
    return [{ path, zh: '应为 { "resolutions": [ ... ] }', en: 'expected { "resolutions": [ ... ] }' }];
  }
  for (const name of Object.keys(value)) {
    if (!(RECORD_TOP_FIELDS as readonly string[]).includes(name)) {
      violations.push({ path: [name], key: true, zh: `未知字段“${name}”`, en: `unknown field "${name}"` });
    }
  }
  value.resolutions.forEach((entry, i) => checkEntry(entry, i, violations));
  return violations;
}
