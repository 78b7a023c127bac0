import { Injectable } from '@nestjs/common';

const MAX_ENTRIES = 16;

/**
 * Renders of published reports, kept in memory: a published snapshot never changes (publishing
 * again changes its publishedAt, hence the key), and a large .docx takes seconds to build, so
 * the public's downloads after publication are rendered once per process. Live reports (the
 * agency's officers before or after publication) are always rendered afresh.
 */
@Injectable()
export class PublishedRenderCache {
  private readonly entries = new Map<string, Promise<Buffer>>();

  get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const rendering = render();
    this.entries.set(key, rendering);
    rendering.catch(() => this.entries.delete(key));
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return rendering;
  }
}
