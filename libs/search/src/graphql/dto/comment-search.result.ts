import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@thamvan/core';
import { CommentObject } from '@thamvan/feedback';
import { SearchCorrectionKind, SearchFacet, SearchField } from './search.enums';

@ObjectType('CommentHit', { description: 'A comment that matches a search.' })
export class CommentHitObject {
  @Field(() => CommentObject, { description: 'The comment, as the viewer may see it.' })
  comment: CommentObject;

  @Field(() => [String], {
    description:
      'Snippets of the body and proposed text with the matched words wrapped in <mark>…</mark>; the text is HTML-escaped, <mark> is the only markup. Empty without query text.',
  })
  highlights: string[];

  @Field(() => [SearchField], {
    description: 'Where the query words were found (among the fields searched); empty without query text.',
  })
  matchedIn: SearchField[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the comment is not public (PENDING or HIDDEN): only moderators and the owning agency’s officers find it.',
  })
  restricted?: boolean;
}

@ObjectType('FacetValue')
export class FacetValueObject {
  @Field({
    description: 'The enum name (e.g. AMEND) or the plain value (province, provision key, id, "true").',
  })
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('FacetCount')
export class FacetCountObject {
  @Field(() => SearchFacet)
  field: SearchFacet;

  @Field(() => [FacetValueObject], { description: 'Most frequent first.' })
  values: FacetValueObject[];
}

@ObjectType('SearchCorrection', {
  description: 'A query word also read as other words; hits found only through them rank after exact ones.',
})
export class SearchCorrectionObject {
  @Field({ description: 'The word as typed (folded).' })
  typed: string;

  @Field(() => [String], { description: 'What it was also read as (folded).' })
  readAs: string[];

  @Field(() => SearchCorrectionKind)
  kind: SearchCorrectionKind;
}

@ObjectType('CommentSearchResult')
export class CommentSearchResultObject {
  @Field(() => Int, { description: 'Matches in all; exact when totalIsExact, else an estimate.' })
  totalCount: number;

  @Field({ description: 'False when totalCount is an estimate (beyond 10,000 matches).' })
  totalIsExact: boolean;

  @Field(() => [CommentHitObject])
  hits: CommentHitObject[];

  @Field(() => [FacetCountObject])
  facets: FacetCountObject[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => [SearchCorrectionObject], {
    description: 'Query words that were also read as others (typos, Telex/VNI); empty when none was.',
  })
  corrections: SearchCorrectionObject[];
}
