// The extension's manifest: every contributed title and description comes from package.nls.json
// (English) and package.nls.zh-cn.json (Chinese), which VS Code picks by its display language.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** Every string of the manifest that a user sees in VS Code's interface, by where it is. */
function userFacingStrings(manifest: Record<string, any>): [string, unknown][] {
  const found: [string, unknown][] = [['displayName', manifest.displayName], ['description', manifest.description]];
  const contributes = manifest.contributes ?? {};
  const configurations = [contributes.configuration ?? []].flat();
  configurations.forEach((configuration: any, i: number) => {
    found.push([`configuration[${i}].title`, configuration.title]);
    for (const [name, property] of Object.entries<any>(configuration.properties ?? {})) {
      for (const key of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) {
        if (property[key] !== undefined) found.push([`${name}.${key}`, property[key]]);
      }
      for (const key of ['enumDescriptions', 'markdownEnumDescriptions']) {
        (property[key] ?? []).forEach((text: unknown, j: number) => found.push([`${name}.${key}[${j}]`, text]));
      }
      if (property.description === undefined && property.markdownDescription === undefined) {
        found.push([`${name}: a description`, undefined]);
      }
    }
  });
  for (const command of contributes.commands ?? []) {
    found.push([`${command.command}.title`, command.title]);
    if (command.category !== undefined) found.push([`${command.command}.category`, command.category]);
  }
  const virtual = manifest.capabilities?.virtualWorkspaces;
  if (typeof virtual === 'object' && virtual.description !== undefined) found.push(['capabilities.virtualWorkspaces.description', virtual.description]);
  for (const walkthrough of contributes.walkthroughs ?? []) {
    found.push([`${walkthrough.id}.title`, walkthrough.title], [`${walkthrough.id}.description`, walkthrough.description]);
  }
  return found;
}

describe('package.json: interface strings in English and Chinese', () => {
  const manifest = read('package.json');
  const english = read('package.nls.json') as Record<string, string>;
  const chinese = read('package.nls.zh-cn.json') as Record<string, string>;

  it('every contributed title and description is a %key% of package.nls.json', () => {
    for (const [where, value] of userFacingStrings(manifest)) {
      assert.equal(typeof value, 'string', `${where} is missing`);
      const key = /^%([^%]+)%$/.exec(value as string)?.[1];
      assert.ok(key, `${where} is a literal (${JSON.stringify(value)}), not a %key% of package.nls.json`);
      assert.ok(english[key], `${where}: %${key}% is not in package.nls.json`);
    }
  });

  it('package.nls.zh-cn.json translates every key of package.nls.json, and has no other', () => {
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
    for (const [key, text] of Object.entries(chinese)) {
      assert.match(text, /[\u4e00-\u9fff]/, `${key} is not translated: ${text}`);
    }
  });

  it('every key of package.nls.json is used by package.json', () => {
    const text = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    for (const key of Object.keys(english)) assert.ok(text.includes(`"%${key}%"`), `%${key}% is not used`);
  });

  it('every runtime message of the client (vscode.l10n.t) is translated in l10n/bundle.l10n.zh-cn.json, and the bundle has no other', () => {
    assert.equal(manifest.l10n, './l10n');
    const bundle = read('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    const folder = path.join(ROOT, 'client', 'src');
    const used = fs.readdirSync(folder).flatMap(file => {
      const source = fs.readFileSync(path.join(folder, file), 'utf8');
      // l10n.t('message', ...args): the message is a single-quoted literal in this code base.
      return [...source.matchAll(/\bl10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map(match => match[1].replace(/\\(.)/g, '$1'));
    });
    assert.ok(used.length >= 5, `found ${used.length} messages`);
    assert.deepEqual([...new Set(used)].sort(), Object.keys(bundle).sort());
    for (const [message, translation] of Object.entries(bundle)) {
      assert.match(translation, /[\u4e00-\u9fff]/, `${message} is not translated`);
      assert.deepEqual(translation.match(/\{\d\}/g)?.sort(), message.match(/\{\d\}/g)?.sort(), `${message}: placeholders differ`);
    }
  });

  it('declares how it behaves in untrusted and virtual workspaces', () => {
    const capabilities = manifest.capabilities as { untrustedWorkspaces: { supported: unknown }; virtualWorkspaces: { supported: unknown } };
    assert.equal(capabilities.untrustedWorkspaces.supported, true);
    assert.equal(capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('the icon is a 128×128 PNG', () => {
    const icon = fs.readFileSync(path.join(ROOT, manifest.icon as string));
    assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);
  });
});
