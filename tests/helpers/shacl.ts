// Validates a DCAT catalogue (JSON-LD) against the SHACL shapes of DCAT-AP 3.0 and DCAT-AP-NL 3.0 in
// tests/fixtures/dcat-ap-nl/ (where they come from: its README.md). Offline: the catalogue carries its
// own @context, and every shapes file is here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const SHAPES_DIR = 'tests/fixtures/dcat-ap-nl';

/** The shapes files, by name, so a test can show that each one is read. */
export const SHAPES_FILES = readdirSync(SHAPES_DIR)
  .filter((name) => name.endsWith('.ttl'))
  .sort();

let shapes: Store | undefined;
function shapesGraph(): Store {
  if (!shapes) {
    shapes = new Store();
    for (const name of SHAPES_FILES) shapes.addQuads(new Parser().parse(readFileSync(join(SHAPES_DIR, name), 'utf8')));
  }
  return shapes;
}

/** The RDF of a JSON-LD document; a remote @context is refused (the catalogue must stand on its own). */
export async function jsonLdQuads(document: unknown): Promise<Store> {
  const store = new Store();
  await new Promise<void>((resolve, reject) => {
    const parser = new JsonLdParser({
      documentLoader: {
        load: (url: string) => Promise.reject(new Error(`JSON-LD: remote context ${url} is not allowed`)),
      },
    });
    parser
      .on('data', (quad) => store.addQuad(quad))
      .on('error', reject)
      .on('end', resolve);
    parser.end(JSON.stringify(document));
  });
  return store;
}

/** Every violation of the shapes, as "focus node · path · constraint": empty when the catalogue conforms. */
export async function shaclViolations(document: unknown): Promise<string[]> {
  const report = await new SHACLValidator(shapesGraph()).validate(await jsonLdQuads(document));
  return report.results.map((result) =>
    [
      result.focusNode?.value,
      result.path?.value ?? '',
      result.sourceConstraintComponent?.value.replace('http://www.w3.org/ns/shacl#', ''),
    ].join(' · '),
  );
}
