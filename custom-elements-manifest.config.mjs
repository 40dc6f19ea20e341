// custom-elements.json for editors, Storybook's controls/docs and the README tables: `npm run analyze`.
import { writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/**
 * Lit's `{ state: true }` properties are internal reactive state, not attributes, but the analyzer lists them as
 * attributes when they are declared in `static properties`: drop attributes whose field is protected or private.
 */
function dropStateAttributes() {
  return {
    name: 'braze-drop-state-attributes',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in file-system order, which differs between machines: sort them so the
      // committed manifest (and the VS Code data made from it) only changes when the API does.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.attributes) continue;
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((m) => m.privacy === 'protected' || m.privacy === 'private')
              .map((m) => m.name),
          );
          declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

/** `'zero' | 'auto'` → ['zero', 'auto']; anything else (string, number…) → no fixed values. */
function literalValues(typeText) {
  const parts = (typeText ?? '').split('|').map((part) => part.trim());
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((p) => p.slice(1, -1))
    : [];
}

/**
 * Writes vscode.html-custom-data.json beside the manifest, so VS Code completes the tags, their attributes and the
 * allowed values in HTML files (`"html.customData": ["./node_modules/braze-charts/vscode.html-custom-data.json"]`).
 */
function vscodeCustomData() {
  return {
    name: 'braze-vscode-custom-data',
    packageLinkPhase({ customElementsManifest }) {
      const tags = customElementsManifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((declaration) => ({
          name: declaration.tagName,
          description: declaration.description || declaration.summary || '',
          attributes: (declaration.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            values: literalValues(attribute.type?.text).map((name) => ({ name })),
          })),
        }));
      writeFileSync('vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    dropStateAttributes(),
    vscodeCustomData(),
    // web-types.json (package.json `web-types`): tags, attributes, properties, events, slots, parts and custom
    // properties for JetBrains IDEs.
    customElementJetBrainsPlugin({ outdir: '.', hideLogs: true, packageJson: false }),
  ],
};
