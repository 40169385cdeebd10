import { parseArxivReference, stripDoiResolver, type ArxivReference } from '../arxiv-atom/identifiers';
import { asArray, asObject, asText, type JsonObject } from './json-values';

/** Returns the work's DOI without the `https://doi.org/` prefix OpenAlex writes, from `doi` or else `ids.doi`. */
export function readDoi(work: JsonObject): string | undefined {
  const doi = asText(work.doi) ?? asText(asObject(work.ids)?.doi);
  if (!doi) return undefined;

  const bareDoi = stripDoiResolver(doi);
  return bareDoi === '' ? undefined : bareDoi;
}

/**
 * Finds the work's arXiv id. OpenAlex has no dedicated field for it, so the places are tried from the most direct
 * to the least. These are an `ids.arxiv` entry and an arXiv DOI (`10.48550/arXiv.…`), then the landing page and PDF
 * URLs of the primary, best open-access and other locations.
 */
export function readArxivReference(work: JsonObject, doi: string | undefined): ArxivReference | undefined {
  for (const candidate of arxivCandidates(work, doi)) {
    const reference = parseArxivReference(candidate);
    if (reference) return reference;
  }

  return undefined;
}

function* arxivCandidates(work: JsonObject, doi: string | undefined): Generator<string> {
  const fromIds = asText(asObject(work.ids)?.arxiv);
  if (fromIds) yield fromIds;
  if (doi) yield doi;

  const locations = [work.primary_location, work.best_oa_location, ...asArray(work.locations)];
  for (const location of locations) {
    const fields = asObject(location);
    const landingPage = asText(fields?.landing_page_url);
    const pdf = asText(fields?.pdf_url);
    if (landingPage) yield landingPage;
    if (pdf) yield pdf;
  }
}
