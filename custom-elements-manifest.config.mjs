// custom-elements.json for editors, Storybook's controls/docs and the README tables: `npm run analyze`.

/**
 * Lit's `{ state: true }` properties are internal reactive state, not attributes, but the analyzer lists them as
 * attributes when they are declared in `static properties`: drop attributes whose field is protected or private.
 */
function dropStateAttributes() {
  return {
    name: 'braze-drop-state-attributes',
    packageLinkPhase({ customElementsManifest }) {
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

export default {
  globs: ['src/elements/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [dropStateAttributes()],
};
