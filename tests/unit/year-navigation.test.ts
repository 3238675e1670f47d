import { describe, expect, it } from 'vitest';
import { yearNavigation } from '../../src/lib/year-navigation.ts';

const pathOf = (year: number) => `/${year}/`;
const years = [2025, 2015, 2020, 2017, 2024];

describe('yearNavigation', () => {
  it('links to every year, oldest first, when there are no more than the header holds', () => {
    const { links, more } = yearNavigation(years, '/gemeenten/', pathOf, 6);
    expect(links.map((link) => link.path)).toEqual(['/2015/', '/2017/', '/2020/', '/2024/', '/2025/']);
    expect(links.every((link) => link.current === undefined)).toBe(true);
    expect(more).toBe(false);
    // Exactly as many years as the header holds: every one, no link to more.
    const full = yearNavigation(years, '/gemeenten/', pathOf, 5);
    expect(full.links.map((link) => link.year)).toEqual([2015, 2017, 2020, 2024, 2025]);
    expect(full.more).toBe(false);
  });

  it("marks the year's own page as the page, and a page within a year as the location", () => {
    expect(yearNavigation(years, '/2020/', pathOf, 6).links.find((link) => link.current)).toEqual({
      year: 2020,
      path: '/2020/',
      current: 'page',
    });
    const within = yearNavigation(years, '/2024/pijlers/jeugd/', pathOf, 6).links.filter((link) => link.current);
    expect(within).toEqual([{ year: 2024, path: '/2024/', current: 'location' }]);
  });

  it('shows the newest years and the one being read when there are more, and says there are more', () => {
    const many = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];
    const newest = yearNavigation(many, '/', pathOf, 4);
    expect(newest.links.map((link) => link.year)).toEqual([2015, 2016, 2017]);
    expect(newest.more).toBe(true);
    const reading = yearNavigation(many, '/2011/domeinen/gezondheid/', pathOf, 4);
    expect(reading.links.map((link) => link.year)).toEqual([2011, 2016, 2017]);
    expect(reading.links[0]?.current).toBe('location');
  });
});
