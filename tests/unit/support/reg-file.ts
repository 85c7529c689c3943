/**
 * Reads a Windows .reg file (UTF-16 with a BOM, as regedit writes it) the way Chrome's policy
 * loader reads the registry: a key per dictionary, numbered values or subkeys for a list, DWORDs
 * for numbers and booleans, each converted by the schema's type. Only for checking our templates.
 */
type Key = { values: Map<string, string | number>; keys: Map<string, Key> };
type Schema = { type: string; properties?: Record<string, Schema>; items?: Schema };

export function readRegFile(bytes: Buffer): Key {
  if (bytes[0] !== 0xff || bytes[1] !== 0xfe) throw new Error('a .reg file for regedit starts with a UTF-16 byte-order mark');
  const lines = bytes.subarray(2).toString('utf16le').split('\r\n');
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error(`unexpected header: ${lines[0]}`);
  const root: Key = { values: new Map(), keys: new Map() };
  let current: Key | undefined;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      let key: Key = root;
      for (const part of section[1]!.split('\\')) {
        let next: Key | undefined = key.keys.get(part);
        if (!next) key.keys.set(part, (next = { values: new Map(), keys: new Map() }));
        key = next;
      }
      current = key;
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`not a registry value line: ${line}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current.values.set(unescape(value[1]!), value[2] !== undefined ? unescape(value[2]) : parseInt(value[3]!, 16));
  }
  return root;
}

export function keyAt(root: Key, path: string): Key {
  let key = root;
  for (const part of path.split('\\')) {
    const next = key.keys.get(part);
    if (!next) throw new Error(`no key ${path} (missing ${part})`);
    key = next;
  }
  return key;
}

export function valueOf(key: Key, schema: Schema): unknown {
  if (schema.type === 'array') {
    const names = [...key.values.keys(), ...key.keys.keys()].sort((a, b) => Number(a) - Number(b));
    return names.map((name) => (key.values.has(name) ? convert(key.values.get(name)!, schema.items!) : valueOf(key.keys.get(name)!, schema.items!)));
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of key.values) out[name] = convert(value, schema.properties?.[name] ?? { type: 'string' });
  for (const [name, sub] of key.keys) out[name] = valueOf(sub, schema.properties?.[name] ?? { type: 'object' });
  return out;
}

function convert(value: string | number, schema: Schema): unknown {
  if (schema.type === 'boolean') return value !== 0;
  return value;
}
