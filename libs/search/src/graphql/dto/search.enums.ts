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

/** Where query words are looked for. */
export enum SearchField {
  COMMENT = 'COMMENT',
  PROVISION = 'PROVISION',
  DRAFT = 'DRAFT',
  AUTHOR = 'AUTHOR',
}

/** Why a query word was also read as another. */
export enum SearchCorrectionKind {
  TYPO = 'TYPO',
  INPUT_METHOD = 'INPUT_METHOD',
}

registerEnumType(SearchField, {
  name: 'SearchField',
  description:
    'COMMENT: what the comment says (body and proposed wording); PROVISION: the label and heading of the provision it is on; DRAFT: the draft’s title; AUTHOR: the author’s public name or organisation.',
});
registerEnumType(SearchCorrectionKind, {
  name: 'SearchCorrectionKind',
  description:
    'TYPO: an unknown word also read as the known words one edit away; INPUT_METHOD: a word typed in Telex or VNI without an input method, also read as the Vietnamese it stands for.',
});
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
