import { redactUrl } from './logging/redaction';
import { topicMatches } from './outbox/outbox.types';

describe('topicMatches', () => {
  it.each([
    ['*', 'comment.created', true],
    ['comment.*', 'comment.created', true],
    ['comment.*', 'commentary.created', false],
    ['comment.created', 'comment.created', true],
    ['comment.created', 'comment.updated', false],
  ])('%s ~ %s = %s', (pattern, topic, expected) => {
    expect(topicMatches(pattern, topic)).toBe(expected);
  });
});

describe('redactUrl', () => {
  it('hides tokens and e-mail addresses in query strings', () => {
    expect(redactUrl('/verify?token=abc&x=1')).toBe('/verify?token=[redacted]&x=1');
    expect(redactUrl('/a?email=a%40b.vn')).toBe('/a?email=[redacted]');
    expect(redactUrl('/graphql')).toBe('/graphql');
  });
});
