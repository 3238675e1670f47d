import { defineCollection } from 'astro:content';
import { CHECK_COLLECTION, contentCheckLoader, contentLoader } from './loaders/content-loader.ts';
import { coalition } from './schemas/coalitions.ts';
import { connection } from './schemas/connections.ts';
import { contentCheck } from './schemas/content-errors.ts';
import { contributions } from './schemas/contributions.ts';
import { documentPage } from './schemas/documents.ts';
import { domain } from './schemas/domains.ts';
import { documentFigures } from './schemas/figures.ts';
import { glossaryTerm } from './schemas/glossary.ts';
import { municipality } from './schemas/municipalities.ts';
import { organisation } from './schemas/organisations.ts';
import { payment } from './schemas/payment.ts';
import { population } from './schemas/population.ts';
import { sourceDocument } from './schemas/sources.ts';
import { theme } from './schemas/themes.ts';
import { agendaPart } from './schemas/agenda.ts';
import { pillar } from './schemas/pillars.ts';
import { coreTasks } from './schemas/core-tasks.ts';
import { timelineEntry } from './schemas/timeline.ts';
import { budgetYear } from './schemas/years.ts';

// Every collection is filled from one reading of content/ (src/loaders/content-loader.ts), checked
// once with these schemas and the rules across files. Entry ids follow the file paths, so a URL
// leads straight to its file: /2020/domeinen/gezondheid/ is content/2020/domeinen/gezondheid.md
// (id "2020/domeinen/gezondheid"); a list file such as bronnen.yaml gives one entry per item id.
export const collections = {
  bronnen: defineCollection({ loader: contentLoader('bronnen', sourceDocument) }),
  gemeenten: defineCollection({ loader: contentLoader('gemeenten', municipality) }),
  organisaties: defineCollection({ loader: contentLoader('organisaties', organisation) }),
  begrippen: defineCollection({ loader: contentLoader('begrippen', glossaryTerm) }),
  tijdlijn: defineCollection({ loader: contentLoader('tijdlijn', timelineEntry) }),
  verbanden: defineCollection({ loader: contentLoader('verbanden', connection) }),
  betalen: defineCollection({ loader: contentLoader('betalen', payment) }),
  jaren: defineCollection({ loader: contentLoader('jaren', budgetYear) }),
  bijdragen: defineCollection({ loader: contentLoader('bijdragen', contributions) }),
  inwoners: defineCollection({ loader: contentLoader('inwoners', population) }),
  domeinen: defineCollection({ loader: contentLoader('domeinen', domain) }),
  coalities: defineCollection({ loader: contentLoader('coalities', coalition) }),
  themas: defineCollection({ loader: contentLoader('themas', theme) }),
  agenda: defineCollection({ loader: contentLoader('agenda', agendaPart) }),
  pijlers: defineCollection({ loader: contentLoader('pijlers', pillar) }),
  kerntaken: defineCollection({ loader: contentLoader('kerntaken', coreTasks) }),
  documenten: defineCollection({ loader: contentLoader('documenten', documentPage) }),
  cijfers: defineCollection({ loader: contentLoader('cijfers', documentFigures) }),
  [CHECK_COLLECTION]: defineCollection({ loader: contentCheckLoader(contentCheck) }),
};
