import { afterEach, describe, expect, it, vi } from 'vitest';
import { bookmarkedIds, continueReading, readAll, readingOf, recordPosition, setBookmarked } from '../../src/storage/reading';

afterEach(() => vi.useRealTimers());

function at(time: string) {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(time));
}

describe('reading repository', () => {
  it('starts a module when opened, keeps its position, and marks it read at the end', () => {
    recordPosition('het-hotel-patroon', 0);
    expect(readingOf('het-hotel-patroon')).toMatchObject({ status: 'started', position: 0, bookmarked: false });
    recordPosition('het-hotel-patroon', 0.4);
    expect(readingOf('het-hotel-patroon')?.position).toBe(0.4);
    recordPosition('het-hotel-patroon', 0.9, true);
    expect(readingOf('het-hotel-patroon')?.status).toBe('read');
    recordPosition('het-hotel-patroon', 0.1);
    expect(readingOf('het-hotel-patroon')?.status).toBe('read');
  });

  it('clamps positions to 0–1', () => {
    expect(recordPosition('x-y', 3).position).toBe(1);
    expect(recordPosition('x-y', -1).position).toBe(0);
  });

  it('continues with the most recent module that is started but not read', () => {
    at('2026-11-01T10:00:00Z');
    recordPosition('eerste', 0.2);
    at('2026-11-02T10:00:00Z');
    recordPosition('tweede', 0.5);
    at('2026-11-03T10:00:00Z');
    recordPosition('derde', 1, true);
    expect(continueReading()?.id).toBe('tweede');
  });

  it('keeps bookmarks, newest first', () => {
    at('2026-11-01T10:00:00Z');
    setBookmarked('eerste', true);
    at('2026-11-02T10:00:00Z');
    setBookmarked('tweede', true);
    expect(bookmarkedIds()).toEqual(['tweede', 'eerste']);
    setBookmarked('tweede', false);
    expect(bookmarkedIds()).toEqual(['eerste']);
  });

  it('ignores damaged or foreign records', () => {
    localStorage.setItem('kier:reading:v1', JSON.stringify({ 'goed-id': { status: 'read', position: 1, bookmarked: false, updatedAt: 'x' }, 'Bad Id': {}, other: { status: 'weird' } }));
    expect(Object.keys(readAll())).toEqual(['goed-id']);
    localStorage.setItem('kier:reading:v1', '{broken');
    expect(readAll()).toEqual({});
  });
});
