/**
 * How texts name the joint arrangement, its region and its municipalities. They come from content/site.yaml
 * and content/gemeenten.yaml (getSite in src/data/site.ts) and are passed in, so that the same code serves
 * any joint arrangement (gemeenschappelijke regeling).
 */
export interface RegionNames {
  /** The joint arrangement as the documents name it: "Regio Twente". */
  body: string;
  /** The region: "Twente", as in "per inwoner van Twente". */
  region: string;
  /** How many municipalities take part, as a sentence writes it: "veertien". */
  municipalityWord: string;
}

/**
 * The municipalities of the region as a sentence names them after an article or a count: "Twentse gemeenten"
 * with the region's adjective, else "gemeenten van <region>".
 */
export function municipalitiesOfRegion(region: string, adjective?: string): string {
  return adjective ? `${adjective} gemeenten` : `gemeenten van ${region}`;
}

/** The joint arrangement with its current name where it has one: "Regio Twente, nu SamenTwente". */
export function bodyWithCurrentName(body: string, bodyNow?: string): string {
  return bodyNow && bodyNow !== body ? `${body}, nu ${bodyNow}` : body;
}

/** The same in brackets, for a description: "Regio Twente (nu SamenTwente)". */
export function bodyWithNowInBrackets(body: string, bodyNow?: string): string {
  return bodyNow && bodyNow !== body ? `${body} (nu ${bodyNow})` : body;
}

/** The joint arrangement by its old and current name where it has two ("Regio Twente en SamenTwente"), else its name. */
export function bothNames(site: { samenwerking: string; samenwerkingNu?: string | undefined }): string {
  return site.samenwerkingNu && site.samenwerkingNu !== site.samenwerking
    ? `${site.samenwerking} en ${site.samenwerkingNu}`
    : site.samenwerking;
}
