import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ToDoItem } from '@e-galleria/shared/to-do';
import { renderToHtml } from '../../i18n/render-for-test.tsx';
import { ToDoPanel } from './to-do-panel.tsx';

const items = (counts: [number, number, number, number]): ToDoItem[] =>
  (
    ['shop_applications', 'household_applications', 'listing_requests', 'carrier_reports'] as const
  ).map((kind, index) => ({ kind, count: counts[index] ?? 0 }));

/** The panel's HTML, without the router's own marks on links. */
const render = (list: ToDoItem[], language: 'sv' | 'en' = 'sv') =>
  renderToHtml(
    <MemoryRouter>
      <ToDoPanel slug="arjeplog" items={list} />
    </MemoryRouter>,
    language,
  ).replaceAll(' data-discover="true"', '');

describe('the municipality admin’s to-do list', () => {
  it('links each kind that waits to where it is decided, with its count', () => {
    const html = render(items([1, 2, 0, 3]));
    expect(html).toContain(
      '<a class="item-list__title" href="/admin/kommun/arjeplog/butiker?status=submitted">1 butik väntar på granskning</a>',
    );
    expect(html).toContain(
      'href="/admin/kommun/arjeplog/hushall?status=applied">2 hushåll väntar på beslut om hemleverans</a>',
    );
    expect(html).toContain(
      'href="/admin/kommun/arjeplog/hemleverans#carrier-reports">3 månadsrapporter från transportörer väntar på godkännande</a>',
    );
    // Nothing is said of what does not wait.
    expect(html).not.toContain('annan kommun');
  });

  it('says so when nothing waits, in both languages', () => {
    expect(render(items([0, 0, 0, 0]))).toContain('<p>Inget väntar på er just nu.</p>');
    expect(render(items([0, 0, 0, 0]), 'en')).toContain(
      '<p>Nothing is waiting for you right now.</p>',
    );
    expect(render(items([0, 0, 2, 1]), 'en')).toContain(
      'href="/admin/kommun/arjeplog/butiker#listing-requests">2 shops in other municipalities ask to be shown in your galleria</a>',
    );
  });
});
