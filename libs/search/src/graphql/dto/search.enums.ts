import { registerEnumType } from '@nestjs/graphql';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  MOST_AGREED = 'MOST_AGREED',
}

export enum SearchFacet {
  STANCE = 'STANCE',
  AUTHOR_KIND = 'AUTHOR_KIND',
  PROVINCE = 'PROVINCE',
  PROVISION = 'PROVISION',
  DRAFT = 'DRAFT',
  AGENCY = 'AGENCY',
  DISPOSITION = 'DISPOSITION',
  VERIFIED = 'VERIFIED',
}

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description:
    'RELEVANCE (newest first when there is no query text), NEWEST, OLDEST, or MOST_AGREED (agree count, then newest).',
});
registerEnumType(SearchFacet, {
  name: 'SearchFacet',
  description:
    'A field to count the matches by. Values: enum names; PROVISION the provision key; DRAFT and AGENCY ids; VERIFIED "true"/"false".',
});
