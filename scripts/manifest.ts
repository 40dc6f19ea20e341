// Reads custom-elements.json (run `npm run analyze` first) into the shape the docs scripts and the stories use.
import { readFileSync } from 'node:fs';

export interface Entry {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

export interface ElementDoc {
  tagName: string;
  name: string;
  description: string;
  attributes: Entry[];
  properties: Entry[];
  events: Entry[];
  slots: Entry[];
  cssParts: Entry[];
  cssProperties: Entry[];
}

interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: Entry[];
  members?: Entry[];
  events?: Entry[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
}

export function readElements(path = 'custom-elements.json'): ElementDoc[] {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const docs: ElementDoc[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      docs.push({
        tagName: d.tagName,
        name: d.name,
        description: d.description ?? d.summary ?? '',
        attributes: d.attributes ?? [],
        properties: (d.members ?? []).filter(
          (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
        ),
        events: d.events ?? [],
        slots: d.slots ?? [],
        cssParts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      });
    }
  }
  return docs.sort((a, b) => a.tagName.localeCompare(b.tagName));
}
